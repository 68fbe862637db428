using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// The real limits (docs/adr/0013), small enough to reach in a test: posts to the sign-in, invitation and reset pages
/// from one client address beyond the limit answer a Danish 429 page that says when to try again, while other
/// addresses, and reading the pages, are untouched.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the test through IAsyncLifetime.DisposeAsync.")]
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private const int Limit = 3;
    private PortalFactory _portal = null!;
    private WebApplicationFactory<Program> _limited = null!;

    public async Task InitializeAsync()
    {
        _portal = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), services: ClientAddresses.Add);
        _limited = _portal.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["RateLimits:SignIn:PermitLimit"] = $"{Limit}",
                ["RateLimits:SignIn:Window"] = "00:10:00",
                ["RateLimits:Invitation:PermitLimit"] = $"{Limit}",
                ["RateLimits:Invitation:Window"] = "00:10:00",
                ["RateLimits:PasswordReset:PermitLimit"] = $"{Limit}",
                ["RateLimits:PasswordReset:Window"] = "00:10:00",
            })));
        _ = _limited.Server;
    }

    public async Task DisposeAsync()
    {
        await _limited.DisposeAsync();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task The_sign_in_invitation_and_reset_pages_are_limited_and_every_other_anonymous_account_post_is_listed()
    {
        var limited = _limited.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Page: "/" + e.RoutePattern.RawText!.TrimStart('/'), Policy: e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName))
            .Where(e => e.Policy is not null)
            .Distinct()
            .ToDictionary(e => e.Page, e => e.Policy);

        Assert.Equal(new Dictionary<string, string?>
        {
            ["/Account/Login"] = "sign-in",
            ["/Account/LoginWith2fa"] = "sign-in",
            ["/Account/LoginWithRecoveryCode"] = "sign-in",
            ["/Account/MitId"] = "sign-in",
            ["/Account/StaffSignIn"] = "sign-in",
            ["/Account/Invitation"] = "invitation",
            ["/Account/Nomination"] = "invitation",
            ["/Citizen/Nominate"] = "invitation",
            ["/Account/AcceptInvitation"] = "invitation",
            ["/Account/ForgotPassword"] = "password-reset",
            ["/Account/ResetPassword"] = "password-reset",
        }, limited);
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/LoginWith2fa")]
    [InlineData("/Account/LoginWithRecoveryCode")]
    [InlineData("/Account/Invitation")]
    [InlineData("/Account/AcceptInvitation")]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/Account/ResetPassword")]
    public async Task Posts_beyond_the_limit_from_one_address_answer_429_with_Retry_After_and_reading_stays_open(string page)
    {
        using var client = Client("10.1.0.1");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= Limit; i++)
        {
            using var response = await client.PostAsync(new Uri(page, UriKind.Relative), Form());
            answers.Add(response.StatusCode);
        }

        using var refused = await client.PostAsync(new Uri(page, UriKind.Relative), Form());
        using var read = await client.GetAsync(new Uri(page, UriKind.Relative));
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(Limit));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[Limit]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, read.StatusCode);
    }

    [Fact]
    public async Task The_429_page_says_in_Danish_when_to_try_again_and_carries_the_security_headers()
    {
        using var client = Client("10.1.0.2");
        for (var i = 0; i < Limit; i++)
        {
            using var _ = await client.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());
        }

        using var refused = await client.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());
        var page = await HtmlForms.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("For mange forsøg", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Matches(@"Du kan prøve igen om (1 minut|\d+ minutter), fra kl\. \d\d\.\d\d\.", page.QuerySelector("[data-try-again]")?.TextContent.Trim());
        Assert.Equal("/Account/ForgotPassword", page.QuerySelector("a.button")?.GetAttribute("href"));
        SecurityHeadersTests.AssertSecurityHeaders(refused, "the 429 page");
    }

    [Fact]
    public async Task An_attacker_at_the_limit_does_not_stop_a_real_user_at_another_address_from_signing_in()
    {
        var email = await _portal.CreateUserAsync(PortalRoles.Relative);
        using var attacker = Client("10.1.0.3");
        for (var i = 0; i <= Limit; i++)
        {
            using var _ = await attacker.PostLoginAsync("ingen@test.example", "forkert-adgangskode");
        }

        using var refused = await attacker.PostLoginAsync(email, TestUsers.Password);
        using var user = Client("10.1.0.4");
        using var signedIn = await user.PostLoginAsync(email, TestUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Relatives", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_password_and_code_steps_share_one_allowance_per_address()
    {
        var email = await _portal.CreateUserAsync(PortalRoles.Staff);
        using var setup = Client("10.1.0.5");
        using var first = await setup.PostLoginAsync(email, TestUsers.Password);
        await setup.CompleteTwoFactorSetupAsync(first.Headers.Location!.OriginalString, _portal.Clock);
        using var client = Client("10.1.0.6");
        using var password = await client.PostLoginAsync(email, TestUsers.Password);

        var codes = new List<HttpStatusCode>();
        for (var i = 1; i <= Limit; i++)
        {
            using var response = await client.PostAsync(new Uri("/Account/LoginWith2fa", UriKind.Relative), Form());
            codes.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, codes.Take(Limit - 1));
    }

    [Theory]
    [InlineData("10.1.0.7", "::ffff:10.1.0.7")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff::2")]
    public async Task Two_spellings_of_one_client_share_the_allowance(string address, string sameClient)
    {
        using var first = Client(address);
        using var second = Client(sameClient);
        for (var i = 0; i < Limit; i++)
        {
            using var _ = await first.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());
        }

        using var refused = await second.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Forwarded_for_headers_are_not_believed()
    {
        using var client = Client("10.1.0.8");
        for (var i = 0; i < Limit; i++)
        {
            using var _ = await client.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());
        }

        client.DefaultRequestHeaders.Add("X-Forwarded-For", "10.9.9.9");
        using var refused = await client.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_allowance_and_no_one_else_is_believed()
    {
        await using var behindProxy = _limited.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies"] = "10.0.0.1" })));
        HttpClient Via(string connection, string forwardedFor)
        {
            var client = behindProxy.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).From(connection);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            return client;
        }

        using var first = Via("10.0.0.1", "192.0.2.10");
        for (var i = 0; i < Limit; i++)
        {
            using var _ = await first.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());
        }

        using var firstAgain = await first.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());
        using var second = Via("10.0.0.1", "192.0.2.11");
        using var secondsPost = await second.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());

        // A connection that is not the proxy cannot choose its address by writing the header.
        using var notTheProxy = Via("10.0.0.2", "192.0.2.12");
        for (var i = 0; i < Limit; i++)
        {
            using var _ = await notTheProxy.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());
        }

        notTheProxy.DefaultRequestHeaders.Remove("X-Forwarded-For");
        notTheProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.13");
        using var spoofed = await notTheProxy.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Form());

        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, secondsPost.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
    }

    [Fact]
    public async Task Requests_without_a_client_address_share_one_allowance_rather_than_none()
    {
        using var client = _limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < Limit; i++)
        {
            using var _ = await client.PostAsync(new Uri("/Account/AcceptInvitation", UriKind.Relative), Form());
        }

        using var refused = await client.PostAsync(new Uri("/Account/AcceptInvitation", UriKind.Relative), Form());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    private HttpClient Client(string address) =>
        _limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }).From(address);

    private static FormUrlEncodedContent Form() => new([new("Input.Email", "ingen@test.example"), new("Input.Code", "000000")]);
}
