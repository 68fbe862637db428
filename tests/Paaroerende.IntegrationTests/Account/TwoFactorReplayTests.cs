using System.Net;
using AngleSharp.Html.Dom;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Account;

/// <summary>
/// An authenticator code works once (docs/adr/0018): a sign-in takes a code only for a time-step newer than the last
/// one accepted for the account, claimed by one conditional statement, so a seen code cannot be used again.
/// </summary>
public class TwoFactorReplayTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string AlreadyUsed = "Koden er allerede brugt. Vent på den næste kode i din godkendelsesapp, og skriv den.";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_code_that_signed_in_once_is_refused_the_second_time_and_the_next_steps_code_works(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var email = await StaffWithTwoFactorAsync(factory);
        var code = await factory.FreshAuthenticatorCodeAsync(email);

        var (first, firstPage) = await AtCodePageAsync(factory, email);
        using var accepted = await first.SubmitAsync(firstPage, new Dictionary<string, string> { ["Input.Code"] = code });
        var (second, secondPage) = await AtCodePageAsync(factory, email);
        using var replayed = await second.SubmitAsync(secondPage, new Dictionary<string, string> { ["Input.Code"] = code });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/Staff", accepted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        var refusal = await HtmlForms.ParseAsync(replayed);
        Assert.Equal(AlreadyUsed, refusal.ErrorNextTo("Input_Code"));
        Assert.Contains(AlreadyUsed, refusal.QuerySelector("[data-error-summary]")?.TextContent, StringComparison.Ordinal);
        using var notSignedIn = await second.GetAsync(new Uri("/Account/TwoFactor", UriKind.Relative));
        Assert.StartsWith("/Account/Login", notSignedIn.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);

        var next = await factory.FreshAuthenticatorCodeAsync(email);
        Assert.NotEqual(code, next);
        using var nextAccepted = await second.SubmitAsync(secondPage, new Dictionary<string, string> { ["Input.Code"] = next });
        Assert.Equal(HttpStatusCode.Redirect, nextAccepted.StatusCode);
        Assert.Equal("/Staff", nextAccepted.Headers.Location?.OriginalString);
        first.Dispose();
        second.Dispose();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_sign_ins_with_the_same_code_at_the_same_moment_let_exactly_one_in(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var email = await StaffWithTwoFactorAsync(factory);
        var code = await factory.FreshAuthenticatorCodeAsync(email);
        var (first, firstPage) = await AtCodePageAsync(factory, email);
        var (second, secondPage) = await AtCodePageAsync(factory, email);

        var answers = await Task.WhenAll(
            first.SubmitAsync(firstPage, new Dictionary<string, string> { ["Input.Code"] = code }),
            second.SubmitAsync(secondPage, new Dictionary<string, string> { ["Input.Code"] = code }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var refused = await HtmlForms.ParseAsync(answers.Single(a => a.StatusCode != HttpStatusCode.Redirect));
        Assert.Equal(AlreadyUsed, refused.ErrorNextTo("Input_Code"));
        foreach (var disposable in answers.Cast<IDisposable>().Concat([first, second]))
        {
            disposable.Dispose();
        }
    }

    private static async Task<string> StaffWithTwoFactorAsync(PortalFactory factory)
    {
        var email = await factory.CreateUserAsync(PortalRoles.Staff);
        (await factory.SignInAsAsync(email, TestUsers.Password)).Dispose();
        return email;
    }

    /// <summary>A fresh browser past the password step, on the page that asks for the app's code.</summary>
    private static async Task<(HttpClient Client, IHtmlDocument Page)> AtCodePageAsync(PortalFactory factory, string email)
    {
        var client = factory.CreateBrowserLikeClient();
        using var password = await client.PostLoginAsync(email, TestUsers.Password);
        var codePage = password.Headers.Location!.OriginalString;
        Assert.StartsWith("/Account/LoginWith2fa", codePage, StringComparison.Ordinal);
        return (client, await client.GetDocumentAsync(codePage));
    }
}
