using System.Net;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.TestSupport;

namespace Paaroerende.IntegrationTests.Account;

/// <summary>Two-factor sign-in with an authenticator app: required for staff and administrators, optional for relatives.</summary>
public class TwoFactorTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    public static TheoryData<string, string> RolesThatMust => new()
    {
        { DatabaseProviders.Sqlite, PortalRoles.Staff },
        { DatabaseProviders.Sqlite, PortalRoles.Administrator },
        { DatabaseProviders.PostgreSql, PortalRoles.Staff },
        { DatabaseProviders.PostgreSql, PortalRoles.Administrator },
    };

    [Theory]
    [MemberData(nameof(RolesThatMust))]
    public async Task Staff_and_administrators_set_up_two_factor_at_first_sign_in_and_reach_no_other_page_before(string provider, string role)
    {
        var factory = await portal.ForAsync(provider);
        var email = await factory.CreateUserAsync(role);
        using var client = factory.CreateBrowserLikeClient();

        using var signedIn = await client.PostLoginAsync(email, TestUsers.Password);
        var setup = signedIn.Headers.Location!.OriginalString;
        Assert.StartsWith("/Account/TwoFactorSetup?returnUrl=", setup, StringComparison.Ordinal);
        foreach (var page in new[] { "/Information", "/Kontakt/hvidovre", "/Account/TwoFactor", "/" })
        {
            using var blocked = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.StartsWith("/Account/TwoFactorSetup", blocked.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        }

        var codes = await client.CompleteTwoFactorSetupAsync(setup, factory.Clock);

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        using var open = await client.GetAsync(new Uri("/Information", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_wrong_code_at_set_up_is_refused_in_Danish_and_two_factor_stays_off(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var email = await factory.CreateUserAsync(PortalRoles.Staff);
        using var client = factory.CreateBrowserLikeClient();
        using var signedIn = await client.PostLoginAsync(email, TestUsers.Password);
        var page = await client.GetDocumentAsync(signedIn.Headers.Location!.OriginalString);
        var key = page.QuerySelector("[data-authenticator-key]")!.TextContent;

        using var response = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = WrongCode(key, factory.Clock) });
        var result = await HtmlForms.ParseAsync(response);

        Assert.Contains("Koden passer ikke", result.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(result.QuerySelectorAll("[data-recovery-codes]"));
        using var stillBlocked = await client.GetAsync(new Uri("/Information", UriKind.Relative));
        Assert.StartsWith("/Account/TwoFactorSetup", stillBlocked.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Once_set_up_sign_in_asks_for_the_code_from_the_app_and_refuses_a_wrong_one(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var email = await factory.CreateUserAsync(PortalRoles.Staff);
        (await factory.SignInAsAsync(email, TestUsers.Password)).Dispose();
        var key = await factory.AuthenticatorKeyAsync(email);
        using var client = factory.CreateBrowserLikeClient();

        using var password = await client.PostLoginAsync(email, TestUsers.Password);
        var codePage = password.Headers.Location!.OriginalString;
        Assert.StartsWith("/Account/LoginWith2fa", codePage, StringComparison.Ordinal);
        using var notYet = await client.GetAsync(new Uri("/Account/TwoFactor", UriKind.Relative));
        Assert.StartsWith("/Account/Login", notYet.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);

        var page = await client.GetDocumentAsync(codePage);
        using var wrong = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = WrongCode(key, factory.Clock) });
        Assert.Contains("Koden passer ikke", (await HtmlForms.ParseAsync(wrong)).QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);

        var code = await factory.FreshAuthenticatorCodeAsync(email);
        using var right = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = code[..3] + " " + code[3..] });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        using var open = await client.GetAsync(new Uri("/Account/TwoFactor", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_recovery_code_signs_in_once_and_not_a_second_time(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var email = await factory.CreateUserAsync(PortalRoles.Staff);
        using var first = factory.CreateBrowserLikeClient();
        using var signedIn = await first.PostLoginAsync(email, TestUsers.Password);
        var codes = await first.CompleteTwoFactorSetupAsync(signedIn.Headers.Location!.OriginalString, factory.Clock);
        var typedCasually = codes[0].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();

        using var used = await RecoverAsync(factory, email, typedCasually);
        using var reused = await RecoverAsync(factory, email, codes[0]);

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.DoesNotContain("/Account/", used.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("allerede brugt", (await HtmlForms.ParseAsync(reused)).QuerySelector("#Input_RecoveryCode-error")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Relatives_may_turn_two_factor_on_and_off_themselves(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var email = await factory.CreateUserAsync(PortalRoles.Relative);
        using var client = await factory.SignInAsAsync(email, TestUsers.Password);
        var settings = await client.GetDocumentAsync("/Account/TwoFactor");
        Assert.Equal("off", settings.QuerySelector("[data-two-factor-status]")?.GetAttribute("data-two-factor-status"));

        await client.CompleteTwoFactorSetupAsync(settings.QuerySelector("a[href^='/Account/TwoFactorSetup']")!.GetAttribute("href")!, factory.Clock);
        using var withCode = await factory.CreateBrowserLikeClient().PostLoginAsync(email, TestUsers.Password);
        Assert.StartsWith("/Account/LoginWith2fa", withCode.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var on = await client.GetDocumentAsync("/Account/TwoFactor");
        using var turnedOff = await client.SubmitAsync(on, new Dictionary<string, string>(), "form[action*='handler=TurnOff']");
        Assert.Equal("off", (await HtmlForms.ParseAsync(turnedOff)).QuerySelector("[data-two-factor-status]")?.GetAttribute("data-two-factor-status"));
        using var withoutCode = await factory.CreateBrowserLikeClient().PostLoginAsync(email, TestUsers.Password);
        Assert.Equal("/Relatives", withoutCode.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Opening_the_set_up_page_leaves_the_accounts_other_sessions_signed_in_until_two_factor_is_turned_on(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var email = await factory.CreateUserAsync(PortalRoles.Relative);
        using var computer = await factory.SignInAsAsync(email, TestUsers.Password);
        using var phone = await factory.SignInAsAsync(email, TestUsers.Password);

        var setup = await computer.GetDocumentAsync("/Account/TwoFactorSetup");
        using var afterOpening = await phone.GetAsync(new Uri("/Relatives", UriKind.Relative));
        var sameKey = await computer.GetDocumentAsync("/Account/TwoFactorSetup");
        await computer.CompleteTwoFactorSetupAsync("/Account/TwoFactorSetup", factory.Clock);
        using var afterTurningOn = await phone.GetAsync(new Uri("/Relatives", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, afterOpening.StatusCode);
        Assert.Equal(setup.QuerySelector("[data-authenticator-key]")?.TextContent, sameKey.QuerySelector("[data-authenticator-key]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, afterTurningOn.StatusCode);
        Assert.StartsWith("/Account/Login", afterTurningOn.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_cannot_turn_two_factor_off(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var email = await factory.CreateUserAsync(PortalRoles.Staff);
        using var client = await factory.SignInAsAsync(email, TestUsers.Password);
        var settings = await client.GetDocumentAsync("/Account/TwoFactor");
        Assert.Null(settings.QuerySelector("form[action*='handler=TurnOff']"));

        var token = await client.TokenAsync("/Account/TwoFactor");
        using var forced = await client.PostAsync(new Uri("/Account/TwoFactor?handler=TurnOff", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal("on", (await HtmlForms.ParseAsync(forced)).QuerySelector("[data-two-factor-status]")?.GetAttribute("data-two-factor-status"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_set_up_page_draws_the_QR_code_itself_and_the_demo_accounts_show_the_documented_key(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var client = factory.CreateBrowserLikeClient();
        using var signedIn = await client.PostLoginAsync(DemoAccounts.IshoejAdministrator, DemoAccounts.Password);

        var page = await client.GetDocumentAsync(signedIn.Headers.Location!.OriginalString);

        Assert.NotNull(page.QuerySelector(".qr-code svg[role='img'][aria-label] path"));
        Assert.Empty(page.QuerySelectorAll("img[src^='http'], script[src^='http']"));
        Assert.Equal(DemoAccounts.AuthenticatorKey, page.QuerySelector("[data-authenticator-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        Assert.Equal(DemoAccounts.AuthenticatorKey, await factory.AuthenticatorKeyAsync(DemoAccounts.Staff));
    }

    /// <summary>A well-formed code that is not valid now (Identity accepts the codes of 2 steps either side).</summary>
    private static string WrongCode(string key, TimeProvider clock)
    {
        var valid = Enumerable.Range(-2, 5).Select(step => Totp.Code(key, clock.GetUtcNow().AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    private static async Task<HttpResponseMessage> RecoverAsync(PortalFactory factory, string email, string code)
    {
        using var client = factory.CreateBrowserLikeClient();
        using var password = await client.PostLoginAsync(email, TestUsers.Password);
        var page = await client.GetDocumentAsync("/Account/LoginWithRecoveryCode");
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.RecoveryCode"] = code });
    }
}
