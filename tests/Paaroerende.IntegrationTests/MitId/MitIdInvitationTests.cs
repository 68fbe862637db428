using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Invitations;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Mail;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenInvitationTests;
using static Paaroerende.IntegrationTests.Relatives.InvitationTests;

namespace Paaroerende.IntegrationTests.MitId;

/// <summary>
/// An invitation link accepted with MitID binds the MitID identity (issuer and subject) to the invited person, once;
/// from then on that MitID signs in, whatever e-mail address it came with (docs/adr/0035).
/// </summary>
public class MitIdInvitationTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_accepts_with_MitID_once_and_signs_in_with_it_afterwards(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relationId = await NominateAsync(sofie, inger, "Nanna", "nanna@test.example");
        await InviteAsync(sofie, inger, relationId);
        var link = InvitationLink(await factory.SingleMailTextAsync());
        var subject = Guid.NewGuid().ToString();

        using var visitor = factory.CreateBrowserLikeClient();
        var invitation = await visitor.GetDocumentAsync(link);
        var accept = invitation.QuerySelector("[data-mitid-accept]")!.GetAttribute("href")!;
        using var landed = await visitor.SignInWithMitIdAsync("anden", start: accept, otherSubject: subject);

        Assert.Equal("/Relatives", landed.Headers.Location?.PathAndQueryOrOriginal());
        var start = await visitor.GetDocumentAsync("/Relatives");
        Assert.NotNull(start.QuerySelector($"[data-citizen='{inger}']"));
        var login = await factory.WithDbAsync(db => db.UserLogins.SingleAsync(l => l.ProviderKey == subject));
        Assert.Equal(MitIdTestPersons.Issuer, login.LoginProvider);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == login.UserId));
        Assert.Equal("nanna@test.example", user.Email);
        Assert.Null(user.PasswordHash);
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.RelationId == relationId && a.Action == AuditAction.InvitationAccepted)));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.ActorUserId == user.Id && a.Action == AuditAction.MitIdBound)));

        // The same MitID signs in again without the link; the link itself is used up, also for another MitID.
        using var later = factory.CreateBrowserLikeClient();
        using var again = await later.SignInWithMitIdAsync("anden", otherSubject: subject);
        Assert.Equal("/Relatives", again.Headers.Location?.PathAndQueryOrOriginal());
        using var someoneElse = factory.CreateBrowserLikeClient();
        using var reused = await someoneElse.SignInWithMitIdAsync("anden", start: accept);
        Assert.Equal("/Account/MitIdRefused?reason=InvitationUnusable", reused.Headers.Location?.PathAndQueryOrOriginal());
        await TestBrokerSignInTests.AssertSignedOutAsync(someoneElse);
    }

    [Fact]
    public async Task A_MitID_session_ends_on_the_next_request_after_deactivation_and_a_new_MitID_sign_in_is_refused()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var jens = factory.CreateBrowserLikeClient();
        using var landed = await jens.SignInWithMitIdAsync("paaroerende2");
        factory.Clock.Advance(TimeSpan.FromMinutes(2)); // past the minute's claims rebuild, which must keep "signed in with MitID"
        Assert.Equal(HttpStatusCode.OK, (await jens.GetAsync(new Uri("/Relatives", UriKind.Relative))).StatusCode);

        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoAccounts.SecondRelative);
            user.DeactivatedAtUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });

        await TestBrokerSignInTests.AssertSignedOutAsync(jens);
        using var again = await factory.CreateBrowserLikeClient().SignInWithMitIdAsync("paaroerende2");
        Assert.Equal("/Account/MitIdRefused?reason=Deactivated", again.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task After_the_claims_rebuild_signing_out_still_ends_the_broker_session()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var jens = factory.CreateBrowserLikeClient();
        using var landed = await jens.SignInWithMitIdAsync("paaroerende2");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await jens.GetAsync(new Uri("/Relatives", UriKind.Relative))).StatusCode);

        using var signedOut = await jens.SubmitAsync(await jens.GetDocumentAsync("/Account/Logout"), new Dictionary<string, string>());

        Assert.StartsWith("/TestBroker/Logout?", signedOut.Headers.Location!.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        Assert.Contains("id_token_hint=", signedOut.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_already_signing_in_with_MitID_gets_the_new_relation_on_the_same_sign_in()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Gerda", "Toftesen", new DateOnly(1936, 2, 3));
        var relationId = await NominateAsync(sofie, citizen, "Mette", "mette.ny@test.example");
        await InviteAsync(sofie, citizen, relationId);
        var link = InvitationLink(await factory.SingleMailTextAsync());

        using var mette = factory.CreateBrowserLikeClient();
        var accept = (await mette.GetDocumentAsync(link)).QuerySelector("[data-mitid-accept]")!.GetAttribute("href")!;
        using var landed = await mette.SignInWithMitIdAsync("paaroerende", start: accept);

        Assert.Equal("/Relatives", landed.Headers.Location?.PathAndQueryOrOriginal());
        var start = await mette.GetDocumentAsync("/Relatives");
        Assert.NotNull(start.QuerySelector($"[data-citizen='{citizen}']"));
        Assert.NotNull(start.QuerySelector($"[data-citizen='{await factory.CitizenIdAsync("Inger", "Prøvesen")}']"));
        Assert.Equal(1, await factory.CountAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Relative)));
        Assert.Equal(0, await factory.CountAsync(db => db.Users.Where(u => u.Email == "mette.ny@test.example")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_citizen_accepts_their_own_invitation_with_MitID_and_lands_on_their_start_page(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var gudrun = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Gudrun", "Inviteresen", new DateOnly(1940, 1, 2));
        await InviteCitizenAsync(sofie, gudrun, "gudrun@test.example");
        var link = InvitationLink(await factory.SingleMailTextAsync());

        using var visitor = factory.CreateBrowserLikeClient();
        var accept = (await visitor.GetDocumentAsync(link)).QuerySelector("[data-mitid-accept]")!.GetAttribute("href")!;
        using var landed = await visitor.SignInWithMitIdAsync("anden", start: accept);

        Assert.Equal("/Citizen", landed.Headers.Location?.PathAndQueryOrOriginal());
        var start = await visitor.GetDocumentAsync("/Citizen");
        Assert.Contains("Gudrun Inviteresen", start.Text(), StringComparison.Ordinal);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.CitizenId == gudrun));
        Assert.Equal(1, await factory.CountAsync(db => db.UserLogins.Where(l => l.UserId == user.Id)));
    }

    [Fact]
    public async Task An_invitation_accepted_with_a_too_low_level_stays_usable()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relationId = await NominateAsync(sofie, inger, "Nanna", "nanna@test.example");
        await InviteAsync(sofie, inger, relationId);
        var link = InvitationLink(await factory.SingleMailTextAsync());

        using var visitor = factory.CreateBrowserLikeClient();
        var accept = (await visitor.GetDocumentAsync(link)).QuerySelector("[data-mitid-accept]")!.GetAttribute("href")!;
        using var refused = await visitor.SignInWithMitIdAsync("anden", "Low", start: accept);

        Assert.Equal("/Account/MitIdRefused?reason=LevelTooLow", refused.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Null((await factory.WithDbAsync(db => db.RelativeInvitations.SingleAsync(i => i.Email == "nanna@test.example"))).AcceptedAtUtc);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
    }
}
