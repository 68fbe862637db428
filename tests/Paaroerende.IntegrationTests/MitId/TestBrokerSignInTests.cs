using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.MitId;

/// <summary>
/// MitID sign-in through the portal's local test broker (docs/adr/0035): the demo people are bound to test subjects,
/// the level is checked, a person the portal does not know gets nothing, and the broker does not exist in production.
/// </summary>
public class TestBrokerSignInTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("paaroerende", "/Relatives")]
    [InlineData("borger", "/Citizen")]
    public async Task A_demo_person_signs_in_with_MitID_and_lands_on_their_start_page(string person, string start)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var landed = await client.SignInWithMitIdAsync(person);

        Assert.Equal(start, landed.Headers.Location?.PathAndQueryOrOriginal());
        using var page = await client.GetAsync(new Uri(start, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Signing_out_after_MitID_ends_the_broker_session_too_and_then_the_portal_session()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        using var landed = await client.SignInWithMitIdAsync("paaroerende2");
        var form = await client.GetDocumentAsync("/Account/Logout");

        using var signedOut = await client.SubmitAsync(form, new Dictionary<string, string>());
        var endSession = signedOut.Headers.Location!.PathAndQueryOrOriginal();
        Assert.StartsWith("/TestBroker/Logout?", endSession, StringComparison.Ordinal);
        Assert.Contains("id_token_hint=", endSession, StringComparison.Ordinal);
        Assert.Contains("post_logout_redirect_uri=" + Uri.EscapeDataString("http://localhost/signout-callback-mitid"), endSession, StringComparison.Ordinal);
        await AssertSignedOutAsync(client);
        using var broker = await client.GetAsync(new Uri(endSession, UriKind.Relative));
        Assert.StartsWith("/signout-callback-mitid?", broker.Headers.Location!.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        using var back = await client.GetAsync(new Uri(broker.Headers.Location!.PathAndQueryOrOriginal(), UriKind.Relative));

        Assert.Equal("/Account/LoggedOut", back.Headers.Location?.PathAndQueryOrOriginal());
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Signing_out_after_a_password_sign_in_does_not_visit_the_broker()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = await factory.SignInAsAsync(Demo.DemoAccounts.SecondRelative);
        var form = await client.GetDocumentAsync("/Account/Logout");

        using var signedOut = await client.SubmitAsync(form, new Dictionary<string, string>());

        Assert.Equal("/Account/LoggedOut", signedOut.Headers.Location?.PathAndQueryOrOriginal());
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task The_broker_sends_a_signed_out_browser_only_back_to_the_portal()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/TestBroker/Logout?post_logout_redirect_uri="
            + Uri.EscapeDataString("https://angriber.example/signout-callback-mitid"), UriKind.Relative));

        Assert.DoesNotContain("angriber", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_level_high_is_enough()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var landed = await client.SignInWithMitIdAsync("paaroerende2", "High");

        Assert.Equal("/Relatives", landed.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task A_return_address_on_the_portal_is_followed_and_one_elsewhere_is_not()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var inside = factory.CreateBrowserLikeClient();
        using var outside = factory.CreateBrowserLikeClient();

        using var followed = await inside.SignInWithMitIdAsync("paaroerende", start: "/Account/MitId?returnUrl=%2FKontakt");
        using var ignored = await outside.SignInWithMitIdAsync("paaroerende",
            start: "/Account/MitId?returnUrl=" + Uri.EscapeDataString("https://angriber.example/"));

        Assert.Equal("/Kontakt", followed.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal("/Relatives", ignored.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task The_level_low_is_refused_in_Danish_with_an_audit_entry_and_no_session()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        var before = await factory.CountAsync(Refusals("LevelTooLow:Low"));

        using var refused = await client.SignInWithMitIdAsync("paaroerende", "Low");

        Assert.Equal("/Account/MitIdRefused?reason=LevelTooLow", refused.Headers.Location?.PathAndQueryOrOriginal());
        var page = await client.GetDocumentAsync("/Account/MitIdRefused?reason=LevelTooLow");
        Assert.Contains("kræver derfor mindst niveauet betydelig", page.QuerySelector("[data-mitid-refused]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before + 1, await factory.CountAsync(Refusals("LevelTooLow:Low")));
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task A_person_the_portal_does_not_know_is_refused_with_an_audit_entry()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        var before = await factory.CountAsync(Refusals("UnknownSubject"));

        using var refused = await client.SignInWithMitIdAsync("anden");

        Assert.Equal("/Account/MitIdRefused?reason=UnknownPerson", refused.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(before + 1, await factory.CountAsync(Refusals("UnknownSubject")));
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Cancelling_at_the_broker_comes_back_as_cancelled()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var answer = await client.GetBrokerAnswerAsync("paaroerende", choice: "cancel");
        using var cancelled = await client.FollowCallbackAsync(answer);

        Assert.Equal("/Account/MitIdRefused?reason=Cancelled", cancelled.Headers.Location?.PathAndQueryOrOriginal());
        await AssertSignedOutAsync(client);
    }

    [Theory]
    [InlineData("/TestBroker/Authorize")]
    [InlineData("/TestBroker/Logout")]
    [InlineData("/TestBroker/.well-known/openid-configuration")]
    [InlineData("/Account/MitId")]
    public async Task In_production_the_test_broker_does_not_exist(string path)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        await using var production = factory.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Notifications:PortalUrl", "https://paaroerende.test.example")
            .UseSetting("DataProtection:KeyEncryptionKey", Convert.ToBase64String(new byte[32])));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_broker_sends_answers_only_to_the_portal_it_lives_in()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/TestBroker/Authorize?client_id=paaroerende-portal&response_type=code" +
            "&scope=openid&code_challenge=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq&code_challenge_method=S256&nonce=n&state=s" +
            "&redirect_uri=" + Uri.EscapeDataString("https://angriber.example/signin-mitid"), UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("angriber", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    internal static Func<Core.Data.PortalDbContext, IQueryable<AuditEntry>> Refusals(string detail) =>
        db => db.AuditEntries.Where(a => a.Action == AuditAction.MitIdSignInRefused && a.Outcome == AuditOutcome.Denied
            && a.Detail == detail && a.ActorUserId == MitIdTestPersons.AnonymousActor);

    internal static async Task AssertSignedOutAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Making the broker's RSA keys took every host 1.2 to 5.7 seconds at its first request (docs/adr/0061, amended):
    /// a second portal in the same process signs with the same key (nothing is stored, so a restart makes new ones).
    /// </summary>
    [Fact]
    public async Task The_broker_makes_its_keys_once_per_process_not_for_every_host()
    {
        var first = await portal.ForAsync(DatabaseProviders.Sqlite);
        await using var second = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), demoData: false);

        Assert.Same(SigningKeyOf(first), SigningKeyOf(second));
    }

    private static Microsoft.IdentityModel.Tokens.SecurityKey SigningKeyOf(PortalFactory factory) =>
        Assert.Single(factory.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.SigningCredentials).Key;
}
