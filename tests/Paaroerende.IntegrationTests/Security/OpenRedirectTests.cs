using System.Net;
using AngleSharp.Dom;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.TestSupport;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// Every returnUrl the portal follows — the password step, both second steps, the two-factor set-up, the language
/// switch — refuses a target on another site, however it is spelled, and goes to a page of the portal instead.
/// </summary>
public class OpenRedirectTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly string[] Targets =
    [
        "https://evil.example/",
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "https:evil.example",
        "javascript:alert('evil')",
        " //evil.example",
        "/\t/evil.example", // browsers drop tabs and newlines from addresses: this is "//evil.example" to them
        "/\r\n/evil.example",
    ];

    /// <summary>On site, but with characters no Location header may carry: these answered 500 until wapiti found it.</summary>
    public static TheoryData<string> Unsendable => new("/Staff\u00BF'\"(", "/Kontakt/K\u00F8benhavn");

    public static TheoryData<string> OffSite => new(Targets);

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task Signing_in_with_a_password_refuses_an_off_site_return_url(string target)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        var email = await factory.CreateUserAsync(PortalRoles.Relative);
        using var client = factory.CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(target));
        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = TestUsers.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response.Headers.Location);
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task The_authenticator_code_step_refuses_an_off_site_return_url(string target)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        var email = await StaffWithTwoFactorAsync(factory);
        using var client = factory.CreateBrowserLikeClient();
        using var password = await client.PostLoginAsync(email, TestUsers.Password);
        Assert.StartsWith("/Account/LoginWith2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var page = await client.GetDocumentAsync("/Account/LoginWith2fa?ReturnUrl=" + Uri.EscapeDataString(target));
        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Code"] = await factory.FreshAuthenticatorCodeAsync(email),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response.Headers.Location);
        Assert.StartsWith("/Staff", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task The_recovery_code_step_refuses_an_off_site_return_url(string target)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        var email = await factory.CreateUserAsync(PortalRoles.Staff);
        using (var first = factory.CreateBrowserLikeClient())
        {
            using var signedIn = await first.PostLoginAsync(email, TestUsers.Password);
            var codes = await first.CompleteTwoFactorSetupAsync(signedIn.Headers.Location!.OriginalString, factory.Clock);
            using var client = factory.CreateBrowserLikeClient();
            using var password = await client.PostLoginAsync(email, TestUsers.Password);

            var page = await client.GetDocumentAsync("/Account/LoginWithRecoveryCode?ReturnUrl=" + Uri.EscapeDataString(target));
            using var response = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[0] });

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            AssertOnSite(response.Headers.Location);
        }
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task The_two_factor_set_up_offers_no_link_off_site(string target)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        var email = await factory.CreateUserAsync(PortalRoles.Staff);
        using var client = factory.CreateBrowserLikeClient();
        using var signedIn = await client.PostLoginAsync(email, TestUsers.Password);
        AssertOnSite(signedIn.Headers.Location);

        var page = await client.GetDocumentAsync("/Account/TwoFactorSetup?returnUrl=" + Uri.EscapeDataString(target));
        var key = page.QuerySelector("[data-authenticator-key]")!.TextContent;
        using var done = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, factory.Clock.GetUtcNow()) });
        var after = await HtmlForms.ParseAsync(done);

        Assert.NotEmpty(after.QuerySelectorAll("[data-recovery-codes] code"));
        AssertNoOffSiteLinks(after, "/Account/TwoFactorSetup");
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task The_language_switch_refuses_an_off_site_return_url(string target)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        var page = await client.GetDocumentAsync("/");

        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = target,
        }, "form.language-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response.Headers.Location);
    }

    [Theory]
    [MemberData(nameof(Unsendable))]
    public async Task A_return_url_a_header_cannot_carry_goes_to_the_start_page_instead_of_failing(string target)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        var email = await factory.CreateUserAsync(PortalRoles.Relative);
        using var client = factory.CreateBrowserLikeClient();
        var page = await client.GetDocumentAsync("/");

        using var language = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["culture"] = "da-DK",
            ["returnUrl"] = target,
        }, "form.language-form");
        var login = await client.GetDocumentAsync("/Account/Login");
        using var signedIn = await client.SubmitAsync(login, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = TestUsers.Password,
            ["ReturnUrl"] = target,
        });

        Assert.Equal(HttpStatusCode.Redirect, language.StatusCode);
        Assert.Equal("/", language.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Relatives", signedIn.Headers.Location?.OriginalString);
    }

    /// <summary>A form ASP.NET Core cannot read (a NUL character) is a bad request, not a failure of the status page.</summary>
    [Fact]
    public async Task A_post_whose_form_cannot_be_read_answers_400_on_the_Danish_status_page()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        var page = await client.GetDocumentAsync("/");

        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["culture"] = "da-DK",
            ["returnUrl"] = "/Relatives\u0000",
        }, "form.language-form");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(response)).QuerySelector("h1"));
    }

    /// <summary>
    /// Any other page that might read a return address: every page without route values, anonymous and signed in,
    /// opened with off-site return addresses in every spelling, neither redirects nor links off site.
    /// </summary>
    [Fact]
    public async Task No_page_redirects_or_links_to_a_return_url_off_site()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        var urls = (await PageRoutes.DiscoverAsync(factory))
            .Where(h => h.HttpMethod == "GET" && h.Name is null && h.RequiredRouteValues.Count == 0 && !h.Template.Contains('{', StringComparison.Ordinal))
            .Select(h => h.Template).Distinct().ToList();
        using var anonymous = factory.CreateBrowserLikeClient();
        using var relative = await factory.SignInAsAsync(DemoAccounts.Relative);
        var query = "?" + string.Join('&', Targets.SelectMany(t => new[] { "returnUrl", "ReturnUrl" }.Select(n => $"{n}={Uri.EscapeDataString(t)}")));

        foreach (var client in new[] { anonymous, relative })
        {
            foreach (var url in urls.Where(u => u != "/Account/Logout"))
            {
                using var response = await client.GetAsync(new Uri(url + query, UriKind.Relative));
                if (response.Headers.Location is { } location)
                {
                    AssertOnSite(location, url);
                }
                else
                {
                    AssertNoOffSiteLinks(await HtmlForms.ParseAsync(response), url);
                }
            }
        }

        Assert.Contains("/Account/Login", urls);
    }

    private static async Task<string> StaffWithTwoFactorAsync(PortalFactory factory)
    {
        var email = await factory.CreateUserAsync(PortalRoles.Staff);
        using var client = factory.CreateBrowserLikeClient();
        using var signedIn = await client.PostLoginAsync(email, TestUsers.Password);
        await client.CompleteTwoFactorSetupAsync(signedIn.Headers.Location!.OriginalString, factory.Clock);
        return email;
    }

    private static void AssertOnSite(Uri? location, string? what = null)
    {
        Assert.NotNull(location);
        Assert.True(IsOnSite(location.OriginalString), $"{what}: redirects to {location.OriginalString}");
    }

    /// <summary>Where a browser would go: it drops tabs and newlines and reads a backslash as a slash.</summary>
    private static bool IsOnSite(string target)
    {
        var asBrowserReadsIt = target.Trim().Replace("\t", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", "", StringComparison.Ordinal).Replace('\\', '/');
        return Uri.TryCreate(new Uri("http://localhost/"), asBrowserReadsIt, out var resolved)
            && resolved.Scheme == "http" && resolved.Host == "localhost";
    }

    private static void AssertNoOffSiteLinks(IParentNode page, string what)
    {
        var targets = page.QuerySelectorAll("a[href], form[action]")
            .Select(e => (e.GetAttribute("href") ?? e.GetAttribute("action") ?? "").Trim())
            .Where(t => t.Contains("evil", StringComparison.OrdinalIgnoreCase) && !IsOnSite(t))
            .ToList();
        Assert.True(targets.Count == 0, $"{what} links to {string.Join(", ", targets)}");
    }
}
