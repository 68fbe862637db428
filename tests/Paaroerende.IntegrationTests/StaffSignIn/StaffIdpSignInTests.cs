using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Admin;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.Core.Identity.StaffIdpTestPersons;

namespace Paaroerende.IntegrationTests.StaffSignIn;

/// <summary>
/// Staff sign in through their municipality's own provider, played by the local test broker as Hvidovre's
/// (docs/adr/0044): found by issuer and subject, bound only through an invitation, roles and units from the groups,
/// the provider's second factor instead of the authenticator app, deactivation at the next request.
/// </summary>
public class StaffIdpSignInTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_demo_employee_signs_in_without_the_app_and_deactivation_ends_the_session_at_the_next_request(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var sofie = factory.CreateBrowserLikeClient();

        using var landed = await sofie.SignInAsEmployeeAsync("medarbejder");

        Assert.Equal("/Staff", landed.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.OK, (await sofie.GetAsync(new Uri("/Staff", UriKind.Relative))).StatusCode);
        // Past the minute's claims rebuild: the provider's second factor still counts, no set-up page.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await sofie.GetAsync(new Uri("/Staff", UriKind.Relative))).StatusCode);

        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Staff);
            user.DeactivatedAtUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });

        await AssertSignedOutAsync(sofie);
        using var again = await factory.CreateBrowserLikeClient().SignInAsEmployeeAsync("medarbejder");
        Assert.Equal("/Account/StaffSignInRefused?reason=Deactivated", again.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task The_administrators_group_makes_an_administrator_who_lands_on_the_administration()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var anders = factory.CreateBrowserLikeClient();

        using var landed = await anders.SignInAsEmployeeAsync("admin");

        Assert.Equal("/Admin", landed.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.OK, (await anders.GetAsync(new Uri("/Admin", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_groups_set_the_units_and_groups_that_grant_nothing_take_everything_away(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var password = await factory.SignInAsAsync(DemoAccounts.Staff);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync());

        using var moved = await factory.CreateBrowserLikeClient().SignInAsEmployeeAsync("medarbejder", [StaffGroup, HomeCareSouthGroup]);

        Assert.Equal("/Staff", moved.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(["Hjemmeplejen Syd (demo)"], await UnitsOfAsync(factory, userId));

        using var refused = await factory.CreateBrowserLikeClient().SignInAsEmployeeAsync("medarbejder", [DemohavenGroup]);

        Assert.Equal("/Account/StaffSignInRefused?reason=NoRole", refused.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Empty(await UnitsOfAsync(factory, userId));
        Assert.False(await factory.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == userId)));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a =>
            a.Action == AuditAction.StaffSignInRefused && a.Detail == "NoRole" && a.ActorUserId == userId)));
        // Her password session ends too: nothing is granted any more.
        await AssertSignedOutAsync(password);
    }

    [Fact]
    public async Task A_sign_in_without_a_second_factor_is_refused()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var refused = await client.SignInAsEmployeeAsync("medarbejder", factor: "pwd");

        Assert.Equal("/Account/StaffSignInRefused?reason=NoMultiFactor", refused.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(1, await factory.CountAsync(Refusals("NoMultiFactor")));
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task An_employee_the_portal_does_not_know_gets_nothing_whatever_her_groups()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var refused = await client.SignInAsEmployeeAsync("anden", [StaffGroup, AdministratorGroup, DemohavenGroup]);

        Assert.Equal("/Account/StaffSignInRefused?reason=UnknownEmployee", refused.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(1, await factory.CountAsync(Refusals("UnknownSubject")));
        await AssertSignedOutAsync(client);
        var page = await client.GetDocumentAsync("/Account/StaffSignInRefused?reason=UnknownEmployee");
        Assert.Contains("invitation", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invitation_accepted_through_the_provider_binds_the_employee_once(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var email = $"ny-{Guid.NewGuid():N}@test.example";
        using var invited = await StaffAccountTests.InviteAsync(factory, admin, email);
        var link = StaffUsers.InvitationLink(await factory.MailToAsync(email));
        var subject = Guid.NewGuid().ToString();

        using var employee = factory.CreateBrowserLikeClient();
        var accept = (await employee.GetDocumentAsync(link)).QuerySelector("[data-staff-sign-in='hvidovre']")!.GetAttribute("href")!;
        using var landed = await employee.SignInAsEmployeeAsync("anden", [StaffGroup, DemohavenGroup], start: accept, otherSubject: subject);

        Assert.Equal("/Staff", landed.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync(new Uri("/Staff", UriKind.Relative))).StatusCode);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        var login = await factory.WithDbAsync(db => db.UserLogins.SingleAsync(l => l.UserId == user.Id));
        Assert.Equal((MitIdTestPersons.Issuer, subject), (login.LoginProvider, login.ProviderKey));
        Assert.Null(user.PasswordHash);
        Assert.Equal([StaffWorld.DemoHome], await UnitsOfAsync(factory, user.Id));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.ActorUserId == user.Id && a.Action == AuditAction.StaffIdpBound)));

        // From now on the same identity signs in without the link; the link is used up, also for someone else.
        using var again = await factory.CreateBrowserLikeClient().SignInAsEmployeeAsync("anden", [StaffGroup], otherSubject: subject);
        Assert.Equal("/Staff", again.Headers.Location?.PathAndQueryOrOriginal());
        using var someoneElse = factory.CreateBrowserLikeClient();
        using var reused = await someoneElse.SignInAsEmployeeAsync("anden", [StaffGroup], start: accept);
        Assert.Equal("/Account/StaffSignInRefused?reason=InvitationUnusable", reused.Headers.Location?.PathAndQueryOrOriginal());
        await AssertSignedOutAsync(someoneElse);
    }

    [Fact]
    public async Task An_invitation_accepted_without_a_granting_group_binds_nothing_and_the_link_keeps_working()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var email = $"ny-{Guid.NewGuid():N}@test.example";
        using var invited = await StaffAccountTests.InviteAsync(factory, admin, email);
        var link = StaffUsers.InvitationLink(await factory.MailToAsync(email));
        using var employee = factory.CreateBrowserLikeClient();
        var accept = (await employee.GetDocumentAsync(link)).QuerySelector("[data-staff-sign-in='hvidovre']")!.GetAttribute("href")!;

        using var refused = await employee.SignInAsEmployeeAsync("anden", [], start: accept);

        Assert.Equal("/Account/StaffSignInRefused?reason=NoRole", refused.Headers.Location?.PathAndQueryOrOriginal());
        Assert.False(await factory.WithDbAsync(db => db.UserLogins.AnyAsync(l => db.Users.Any(u => u.Id == l.UserId && u.Email == email))));
        Assert.NotNull((await employee.GetDocumentAsync(link)).QuerySelector("[data-staff-sign-in='hvidovre']"));
    }

    [Fact]
    public async Task A_relatives_or_citizens_sign_in_cannot_be_reached_through_the_staff_provider()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        // The broker plays both MitID and Hvidovre's provider under one issuer: the citizen's subject as an employee.
        using var refused = await client.SignInAsEmployeeAsync("anden", [StaffGroup, AdministratorGroup], otherSubject: MitIdTestPersons.CitizenSubject);

        Assert.Equal("/Account/StaffSignInRefused?reason=UnknownEmployee", refused.Headers.Location?.PathAndQueryOrOriginal());
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Signing_out_ends_the_providers_session_too()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        using var landed = await client.SignInAsEmployeeAsync("medarbejder");
        factory.Clock.Advance(TimeSpan.FromMinutes(2)); // after the claims rebuild
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Staff", UriKind.Relative))).StatusCode);

        using var signedOut = await client.SubmitAsync(await client.GetDocumentAsync("/Account/Logout"), new Dictionary<string, string>());

        var endSession = signedOut.Headers.Location!.PathAndQueryOrOriginal();
        Assert.StartsWith("/TestBroker/Logout?", endSession, StringComparison.Ordinal);
        Assert.Contains("id_token_hint=", endSession, StringComparison.Ordinal);
        Assert.Contains("post_logout_redirect_uri=" + Uri.EscapeDataString("http://localhost/signout-callback-staff-hvidovre"), endSession, StringComparison.Ordinal);
        await AssertSignedOutAsync(client);
        using var broker = await client.GetAsync(new Uri(endSession, UriKind.Relative));
        using var back = await client.GetAsync(new Uri(broker.Headers.Location!.PathAndQueryOrOriginal(), UriKind.Relative));
        Assert.Equal("/Account/LoggedOut", back.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Theory]
    [InlineData("https://angriber.example/")]
    [InlineData("//angriber.example/")]
    public async Task A_return_address_elsewhere_is_not_followed(string returnUrl)
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var landed = await client.SignInAsEmployeeAsync("medarbejder", start: StaffIdpBroker.Start + "&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal("/Staff", landed.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_municipality_and_an_unknown_municipality_is_404()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        var login = await client.GetDocumentAsync("/Account/Login");
        using var unknown = await client.GetAsync(new Uri("/Account/StaffSignIn?municipality=ishoej", UriKind.Relative));

        Assert.Equal("Log ind som medarbejder i Hvidovre Kommune", login.QuerySelector("[data-staff-sign-in='hvidovre']")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("/Account/StaffSignIn?municipality=hvidovre")]
    [InlineData("/signin-staff-hvidovre")]
    public async Task In_production_without_a_configured_provider_there_is_none(string path)
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        await using var production = factory.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Notifications:PortalUrl", "https://paaroerende.test.example")
            .UseSetting("DataProtection:KeyEncryptionKey", Convert.ToBase64String(new byte[32])));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static Func<Core.Data.PortalDbContext, IQueryable<AuditEntry>> Refusals(string detail) =>
        db => db.AuditEntries.Where(a => a.Action == AuditAction.StaffSignInRefused && a.Outcome == AuditOutcome.Denied
            && a.Detail == detail && a.ActorUserId == AnonymousActor);

    internal static async Task AssertSignedOutAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/Staff", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    private static Task<List<string>> UnitsOfAsync(PortalFactory factory, string userId) =>
        factory.WithDbAsync(db => db.StaffUnitAssignments.Where(a => a.UserId == userId).Select(a => a.Unit!.Name).OrderBy(n => n).ToListAsync());
}
