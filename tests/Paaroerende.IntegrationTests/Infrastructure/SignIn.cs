using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.TestSupport;

namespace Paaroerende.IntegrationTests.Infrastructure;

public static class SignIn
{
    /// <summary>A client with its own cookies that does not follow redirects, so tests can see where they point.</summary>
    public static HttpClient CreateBrowserLikeClient(this PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetDocumentAsync("/Account/Login");
        return await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>
    /// Signs in through the real login form and fails the test if that did not work. Staff and administrators go on
    /// as a person would: through the two-factor set-up at their first sign-in (typing a code computed from the key
    /// the page shows), or the code page after that, with a code no earlier sign-in has used (docs/adr/0018).
    /// </summary>
    public static async Task<HttpClient> SignInAsAsync(this PortalFactory factory, string email, string password = DemoAccounts.Password)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInThroughFormsAsync(email, password, () => factory.AuthenticatorKeyAsync(email),
            _ => factory.FreshAuthenticatorCodeAsync(email), factory.Clock);
        return client;
    }

    /// <summary>
    /// The sign-in of <see cref="SignInAsAsync"/> on any client, e.g. one of a portal running in another process;
    /// <paramref name="authenticatorKey"/> is asked for only when the account already has two-factor sign-in. Without
    /// <paramref name="code"/> and <paramref name="clock"/>, codes are computed for the real time (the portal's clock).
    /// </summary>
    public static async Task SignInThroughFormsAsync(
        this HttpClient client, string email, string password, Func<Task<string>> authenticatorKey,
        Func<string, Task<string>>? code = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(authenticatorKey);
        using var response = await client.PostLoginAsync(email, password);
        var location = response.Headers.Location?.OriginalString ?? "";
        if (location.StartsWith("/Account/TwoFactorSetup", StringComparison.Ordinal))
        {
            await client.CompleteTwoFactorSetupAsync(location, clock);
        }
        else if (location.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal))
        {
            var key = await authenticatorKey();
            await client.EnterAuthenticatorCodeAsync(location, code is null ? Totp.Code(key) : await code(key));
        }
        else if (response.StatusCode != HttpStatusCode.Redirect || location.Contains("/Account/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {location}");
        }
    }

    /// <summary>
    /// Scans the set-up page for its key, types the code for the portal's time (<paramref name="clock"/>: the test
    /// portal's FakeClock; none: the real time) and returns the recovery codes shown.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CompleteTwoFactorSetupAsync(this HttpClient client, string setupUrl, TimeProvider? clock = null)
    {
        var page = await client.GetDocumentAsync(setupUrl);
        var key = page.QuerySelector("[data-authenticator-key]")?.TextContent
            ?? throw new InvalidOperationException($"No authenticator key on {setupUrl}.");
        var code = Totp.Code(key, (clock ?? TimeProvider.System).GetUtcNow());
        using var confirmed = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = code });
        var done = await HtmlForms.ParseAsync(confirmed);
        var codes = done.QuerySelectorAll("[data-recovery-codes] code").Select(c => c.TextContent.Trim()).ToList();
        if (codes.Count == 0)
        {
            throw new InvalidOperationException($"Two-factor set-up did not finish: {(int)confirmed.StatusCode}");
        }

        return codes;
    }

    public static async Task EnterAuthenticatorCodeAsync(this HttpClient client, string codePageUrl, string code)
    {
        var page = await client.GetDocumentAsync(codePageUrl);
        using var signedIn = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = code });
        if (signedIn.StatusCode != HttpStatusCode.Redirect
            || signedIn.Headers.Location?.OriginalString.Contains("/Account/", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"The authenticator code was refused: {(int)signedIn.StatusCode} {signedIn.Headers.Location}");
        }
    }

    /// <summary>
    /// A code the portal will take now: the current time-step's, or a later one within the accepted window when an
    /// earlier sign-in used it; when the window is used up, the test's clock moves on, as a person would wait.
    /// </summary>
    public static async Task<string> FreshAuthenticatorCodeAsync(this PortalFactory factory, string email)
    {
        var key = await factory.AuthenticatorKeyAsync(email);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var last = await db.UsedAuthenticatorSteps
            .Where(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email))
            .Select(s => (long?)s.LastTimeStep).SingleOrDefaultAsync();
        var now = AuthenticatorCodes.StepAt(factory.Clock.GetUtcNow());
        var step = Math.Max(now, (last ?? long.MinValue) + 1);
        if (step > now + AuthenticatorCodes.Tolerance)
        {
            factory.Clock.Advance(AuthenticatorCodes.StepLength * (step - now - AuthenticatorCodes.Tolerance));
        }

        return Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(step * (long)AuthenticatorCodes.StepLength.TotalSeconds));
    }

    /// <summary>The user's authenticator key as stored (for the demo staff and administrators, DemoAccounts.AuthenticatorKey).</summary>
    public static async Task<string> AuthenticatorKeyAsync(this PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        return await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{email} has no authenticator key.");
    }
}
