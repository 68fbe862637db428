using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Invitations;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Mail;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Mail;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.Relatives.InvitationTests;

namespace Paaroerende.IntegrationTests.CitizenArea;

/// <summary>
/// Staff invite a citizen of their own unit to the portal like a relative: a mailed one-time link (7 days, single use,
/// stored only as a hash) which the citizen accepts with their own MitID — never a password, whatever the setting —
/// and lands on their own start page, that MitID bound to exactly that citizen (docs/adr/0042). Each test has its own
/// portal, so its pickup folder holds only its own mails.
/// </summary>
public class CitizenInvitationTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_link_works_once_and_signs_the_citizen_in_to_their_own_start_page(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var gudrun = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Gudrun", "Inviteresen", new DateOnly(1940, 1, 2));
        await factory.AddRelationAsync(gudrun, "Lone", "Inviteresen", factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        var before = await sofie.GetDocumentAsync($"/Staff/Citizens/{gudrun}");
        Assert.Equal("none", before.QuerySelector("[data-citizen-portal-access]")!.GetAttribute("data-citizen-portal-access"));

        await InviteCitizenAsync(sofie, gudrun, "gudrun@test.example");

        var mail = await factory.SingleMailTextAsync();
        Assert.DoesNotContain(StaffWorld.DemoHome, mail, StringComparison.Ordinal);
        var link = InvitationLink(mail);
        // The municipality sends it and says so, in the subject and at the bottom; the reader is "du".
        var read = PickupFolder.Read(Directory.GetFiles(factory.MailFolder, "*.eml").Single());
        Assert.Equal("Hvidovre Kommune inviterer dig til Pårørendeportalen", read.Subject);
        Assert.StartsWith("Hej Gudrun Inviteresen", read.Body, StringComparison.Ordinal);
        Assert.Contains("Her kan du selv se og bestemme", read.Body, StringComparison.Ordinal);
        Assert.Contains("Læs, hvordan Hvidovre Kommune behandler data om dig, i kommunens privatlivspolitik:\r\nhttps://paaroerende.test.example/Privatliv/hvidovre\r\n",
            read.Body.ReplaceLineEndings("\r\n"), StringComparison.Ordinal);
        Assert.EndsWith("Venlig hilsen\r\nHvidovre Kommune", read.Body.TrimEnd().ReplaceLineEndings("\r\n"), StringComparison.Ordinal);
        using var visitor = factory.CreateBrowserLikeClient();
        var form = await visitor.GetDocumentAsync(link);
        Assert.Contains("gudrun@test.example", form.Text(), StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("[data-citizen-invitation]"));
        Assert.Null(form.QuerySelector("#Input_Password"));
        var subject = Guid.NewGuid().ToString();
        using var accepted = await visitor.SignInWithMitIdAsync("anden", start: MitIdAcceptAddress(form), otherSubject: subject);

        Assert.Equal("/Citizen", accepted.Headers.Location!.PathAndQueryOrOriginal());
        var start = await visitor.GetDocumentAsync("/Citizen");
        Assert.Contains("Gudrun Inviteresen", start.Text(), StringComparison.Ordinal);
        Assert.Contains("Lone Inviteresen", start.Text(), StringComparison.Ordinal);
        using var signsIn = await factory.CreateBrowserLikeClient().SignInWithMitIdAsync("anden", otherSubject: subject);
        Assert.Equal("/Citizen", signsIn.Headers.Location!.PathAndQueryOrOriginal());

        var (user, roles, citizenUserId) = await AccountAsync(factory, "gudrun@test.example", gudrun);
        Assert.Equal(gudrun, user.CitizenId);
        Assert.Equal(user.Id, citizenUserId);
        Assert.Null(user.PersonId);
        Assert.Null(user.PasswordHash);
        Assert.Equal([PortalRoles.Citizen], roles);

        using var again = factory.CreateBrowserLikeClient();
        var reused = await again.GetDocumentAsync(link);
        Assert.NotNull(reused.QuerySelector("[data-invitation-unusable]"));
        using var reusedPost = await again.PostAsync(new Uri("/Account/Invitation", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>(Passwords("en helt anden adgangskode"))
            {
                ["Input.Token"] = new Uri("http://x" + link).Query.Split("token=")[1],
                ["__RequestVerificationToken"] = ((IHtmlInputElement)reused.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
            }));
        Assert.NotNull((await HtmlForms.ParseAsync(reusedPost)).QuerySelector("[data-invitation-unusable]"));

        var token = new Uri("http://x" + link).Query.Split("token=")[1];
        var stored = await factory.WithDbAsync(db => db.CitizenInvitations.SingleAsync(i => i.CitizenId == gudrun));
        Assert.NotNull(stored.AcceptedAtUtc);
        Assert.Equal(64, stored.TokenHash.Length);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync(db => db.Users.Where(u => u.Email == "gudrun@test.example")));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.CitizenId == gudrun && a.Action == AuditAction.InvitationSent)));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.CitizenId == gudrun && a.Action == AuditAction.InvitationAccepted)));

        var after = await sofie.GetDocumentAsync($"/Staff/Citizens/{gudrun}");
        Assert.Equal("signed-in", after.QuerySelector("[data-citizen-portal-access]")!.GetAttribute("data-citizen-portal-access"));
        Assert.Null(after.QuerySelector("[data-invite-citizen]"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_link_expires_after_7_days(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var gudrun = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Gudrun", "Sentkommer", new DateOnly(1940, 1, 2));
        await InviteCitizenAsync(sofie, gudrun, "sent@test.example");
        var link = InvitationLink(await factory.SingleMailTextAsync());
        using var visitor = factory.CreateBrowserLikeClient();

        factory.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var stillValid = await visitor.GetDocumentAsync(link);
        Assert.Null(stillValid.QuerySelector("[data-invitation-unusable]"));

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull((await visitor.GetDocumentAsync(link)).QuerySelector("[data-invitation-unusable]"));
        using var late = await visitor.SignInWithMitIdAsync("anden", start: MitIdAcceptAddress(stillValid));
        Assert.Equal("/Account/MitIdRefused?reason=InvitationUnusable", late.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(0, await factory.CountAsync(db => db.Users.Where(u => u.Email == "sent@test.example")));
        Assert.Null(await factory.WithDbAsync(db => db.Citizens.Where(c => c.Id == gudrun).Select(c => c.UserId).SingleAsync()));
        using var sofieLater = await factory.SignInAsAsync(DemoAccounts.Staff); // A week on, her old session has expired.
        var staffView = await sofieLater.GetDocumentAsync($"/Staff/Citizens/{gudrun}");
        Assert.Equal("invited", staffView.QuerySelector("[data-citizen-portal-access]")!.GetAttribute("data-citizen-portal-access"));
        Assert.NotNull(staffView.QuerySelector("[data-invite-citizen]"));
    }

    [Fact]
    public async Task Staff_of_another_unit_get_404_and_no_invitation_is_made_or_mailed()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var stranger = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit), TestUsers.Password);
        var gudrun = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Gudrun", "Fremmed", new DateOnly(1940, 1, 2));
        var ownForm = await sofie.GetDocumentAsync($"/Staff/Citizens/{gudrun}/Invite");
        var strangersToken = ((IHtmlInputElement)(await stranger.GetDocumentAsync("/Staff"))
            .QuerySelector("input[name=__RequestVerificationToken]")!).Value;

        using var get = await stranger.GetAsync(new Uri($"/Staff/Citizens/{gudrun}/Invite", UriKind.Relative));
        using var post = await stranger.PostAsync(new Uri($"/Staff/Citizens/{gudrun}/Invite", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Input.Email"] = "fremmed@test.example", ["__RequestVerificationToken"] = strangersToken }));

        Assert.NotNull(ownForm.QuerySelector("#Input_Email"));
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await factory.CountAsync(db => db.CitizenInvitations));
        Assert.Equal(0, await factory.CountAsync(db => db.OutboxMessages.Where(m => m.To == "fremmed@test.example")));
    }

    [Fact]
    public async Task A_citizen_who_signs_in_already_is_not_invited_again()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");

        var citizenPage = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}");
        var invitePage = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Invite");
        using var posted = await sofie.PostAsync(new Uri($"/Staff/Citizens/{inger}/Invite", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["Input.Email"] = "inger.igen@test.example",
                ["__RequestVerificationToken"] = ((IHtmlInputElement)citizenPage.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
            }));

        Assert.Equal("signed-in", citizenPage.QuerySelector("[data-citizen-portal-access]")!.GetAttribute("data-citizen-portal-access"));
        Assert.Null(citizenPage.QuerySelector("[data-invite-citizen]"));
        Assert.NotNull(invitePage.QuerySelector("[data-has-sign-in]"));
        Assert.Null(invitePage.QuerySelector("#Input_Email"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(0, await factory.CountAsync(db => db.CitizenInvitations));
    }

    [Fact]
    public async Task An_invited_citizen_sees_only_their_own_pages_and_not_another_citizens()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var gudrun = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Gudrun", "Egensidig", new DateOnly(1940, 1, 2));
        var (own, _) = await factory.AddRelationAsync(gudrun, "Lone", "Egensidig", factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        var ingersRelation = await factory.RelationIdAsync(await factory.CitizenIdAsync("Inger", "Prøvesen"), DemoAccounts.Relative);
        await InviteCitizenAsync(sofie, gudrun, "egensidig@test.example");
        using var citizen = factory.CreateBrowserLikeClient();
        var invitation = await citizen.GetDocumentAsync(InvitationLink(await factory.SingleMailTextAsync()));
        using var _ = await citizen.SignInWithMitIdAsync("anden", start: MitIdAcceptAddress(invitation));

        var start = await citizen.GetDocumentAsync("/Citizen");
        Assert.DoesNotContain("Mette", start.Text(), StringComparison.Ordinal);
        foreach (var page in new[] { "", "/Preview", "/Receipt", "/End" })
        {
            using var mine = await citizen.GetAsync(new Uri($"/Citizen/Relations/{own}{page}", UriKind.Relative));
            using var ingers = await citizen.GetAsync(new Uri($"/Citizen/Relations/{ingersRelation}{page}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, ingers.StatusCode);
        }

        using var staffPage = await citizen.GetAsync(new Uri($"/Staff/Citizens/{gudrun}", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, staffPage.StatusCode);
        var export = await citizen.GetAsync(new Uri("/Citizen/MyData?handler=Json", UriKind.Relative));
        Assert.Contains(gudrun.ToString(), await export.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_relative_whose_own_MitID_accepts_gets_the_citizens_view_on_the_same_sign_in()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var gudrun = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Gudrun", "Tokonti", new DateOnly(1940, 1, 2));
        await InviteCitizenAsync(sofie, gudrun, "gudrun.tokonti@test.example");
        using var mette = factory.CreateBrowserLikeClient(); // Mette signs in as a relative with MitID already
        var form = await mette.GetDocumentAsync(InvitationLink(await factory.SingleMailTextAsync()));

        using var added = await mette.SignInWithMitIdAsync("paaroerende", start: MitIdAcceptAddress(form));

        Assert.Equal("/Citizen", added.Headers.Location!.PathAndQueryOrOriginal());
        var (user, roles, citizenUserId) = await AccountAsync(factory, DemoAccounts.Relative, gudrun);
        Assert.Equal(gudrun, user.CitizenId);
        Assert.Equal(user.Id, citizenUserId);
        Assert.Equal([PortalRoles.Citizen, PortalRoles.Relative], roles.Order());
    }

    [Fact]
    public async Task A_MitID_that_already_is_another_citizen_is_not_bound_to_a_second_one()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var gudrun = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Gudrun", "Dobbelt", new DateOnly(1940, 1, 2));
        await InviteCitizenAsync(sofie, gudrun, "gudrun.dobbelt@test.example");
        var link = InvitationLink(await factory.SingleMailTextAsync());
        using var visitor = factory.CreateBrowserLikeClient();

        using var refused = await visitor.SignInWithMitIdAsync("borger", start: MitIdAcceptAddress(await visitor.GetDocumentAsync(link)));

        Assert.Equal("/Account/MitIdRefused?reason=InvitationUnusable", refused.Headers.Location?.PathAndQueryOrOriginal());
        var (user, _, gudrunsUser) = await AccountAsync(factory, DemoAccounts.Citizen, gudrun);
        Assert.Equal(inger, user.CitizenId);
        Assert.Null(gudrunsUser);
        Assert.Null(await factory.WithDbAsync(db => db.CitizenInvitations.Where(i => i.CitizenId == gudrun).Select(i => i.AcceptedAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task A_citizens_own_MitID_access_outlives_the_inviting_staff_members_deactivation()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        var inviterEmail = await factory.CreateStaffInAsync(StaffWorld.DemoHome);
        using var inviter = await factory.SignInAsAsync(inviterEmail, TestUsers.Password);
        var gudrun = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Gudrun", "Varig", new DateOnly(1940, 1, 2));
        await InviteCitizenAsync(inviter, gudrun, "gudrun.varig@test.example");
        using var citizen = factory.CreateBrowserLikeClient();
        var subject = Guid.NewGuid().ToString();
        var page = await citizen.GetDocumentAsync(InvitationLink(await factory.SingleMailTextAsync()));
        using var accepted = await citizen.SignInWithMitIdAsync("anden", start: MitIdAcceptAddress(page), otherSubject: subject);
        Assert.Equal("/Citizen", accepted.Headers.Location!.PathAndQueryOrOriginal());

        await factory.WithDbAsync(async db =>
        {
            var staff = await db.Users.SingleAsync(u => u.Email == inviterEmail);
            staff.DeactivatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime;
            staff.SecurityStamp = Guid.NewGuid().ToString();
            return await db.SaveChangesAsync();
        });

        // The staff member is out at once; the access is the citizen's own, bound to her MitID, and stays.
        Assert.NotEqual(HttpStatusCode.OK, (await inviter.GetAsync(new Uri($"/Staff/Citizens/{gudrun}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(new Uri("/Citizen/MyData?handler=Json", UriKind.Relative))).StatusCode);
        using var later = factory.CreateBrowserLikeClient();
        using var again = await later.SignInWithMitIdAsync("anden", otherSubject: subject);
        Assert.Equal("/Citizen", again.Headers.Location!.PathAndQueryOrOriginal());
    }

    /// <summary>Where the invitation page's "Tag imod med MitID" leads.</summary>
    internal static string MitIdAcceptAddress(AngleSharp.Dom.IDocument invitationPage) =>
        invitationPage.QuerySelector("[data-mitid-accept]")!.GetAttribute("href")!;

    internal static async Task InviteCitizenAsync(HttpClient staff, Guid citizenId, string email)
    {
        using var response = await staff.SubmitAsync(await staff.GetDocumentAsync($"/Staff/Citizens/{citizenId}/Invite"),
            new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Staff/Citizens/{citizenId}#citizen-portal", response.Headers.Location!.PathAndQueryOrOriginal());
    }

    private static async Task<(PortalUser User, IList<string> Roles, string? CitizenUserId)> AccountAsync(
        PortalFactory factory, string email, Guid citizenId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        var citizenUserId = await factory.WithDbAsync(db => db.Citizens.Where(c => c.Id == citizenId).Select(c => c.UserId).SingleAsync());
        return (user, await users.GetRolesAsync(user), citizenUserId);
    }

    private static Dictionary<string, string> Passwords(string password) =>
        new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password };
}
