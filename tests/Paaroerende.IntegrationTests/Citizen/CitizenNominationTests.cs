using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Invitations;
using Paaroerende.Core;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Mail;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.CitizenArea;

/// <summary>
/// The citizen names a relative themself (ADR 0043): nothing is visible to anyone until the named person accepts with
/// their own MitID; acceptance starts the relation and exactly the chosen consents on the citizen's word. Each test that
/// reads mail has its own portal, so its pickup folder holds only its own mails.
/// </summary>
public partial class CitizenNominationTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Nothing_is_visible_before_the_MitID_yes_and_the_yes_starts_the_relation_and_only_the_chosen_topics(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        var world = await CreateAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);
        var email = $"nanna{Guid.NewGuid():N}@test.example";

        using var sent = await NominateAsync(citizen, "Nanna", email, new()
        {
            ["Input.Levels[DailyLife]"] = "Informed", ["Input.Levels[Medicine]"] = "Involved",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var nomination = await factory.WithDbAsync(db => db.CitizenNominations.SingleAsync(n => n.CitizenId == world.CitizenId));
        Assert.Equal($"/Citizen/Nominations/{nomination.Id}", sent.Headers.Location!.OriginalString);
        Assert.Equal(1, await factory.CountAsync(db => db.Relations.Where(r => r.CitizenId == world.CitizenId)));
        Assert.Equal(0, await factory.CountAsync(db => db.People.Where(p => p.Email == email)));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.NominationSent
            && a.ActorUserId == world.CitizenUserId && a.CitizenId == world.CitizenId && a.ItemId == nomination.Id)));

        // The receipt says what was asked for; the start page lists it as waiting.
        var receipt = await citizen.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        Assert.Equal("Sent", receipt.QuerySelector("[data-notice]")?.GetAttribute("data-notice"));
        Assert.Equal("Waiting", receipt.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        Assert.Equal(["DailyLife:Informed", "Medicine:Involved"],
            receipt.QuerySelectorAll("tr[data-topic]").Select(r => $"{r.GetAttribute("data-topic")}:{r.GetAttribute("data-level")}").Order());
        var start = await citizen.GetDocumentAsync("/Citizen");
        Assert.NotNull(start.QuerySelector($"[data-nomination='{nomination.Id}']"));

        // The mail: the municipality's invitation with a MitID link, no word of the citizen.
        var mail = await factory.SingleMailTextAsync();
        Assert.Contains($"To: {email}", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("Borgersen", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("Grete", mail, StringComparison.Ordinal);
        var link = NominationLink(mail);

        using var visitor = factory.CreateBrowserLikeClient();
        var invitation = await visitor.GetDocumentAsync(link);
        Assert.DoesNotContain("Borgersen", invitation.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(invitation.QuerySelector("input[type=password]"));
        var accept = invitation.QuerySelector("[data-mitid-accept]")!.GetAttribute("href")!;
        using var landed = await visitor.SignInWithMitIdAsync("anden", start: accept, otherSubject: Guid.NewGuid().ToString());

        Assert.Equal("/Relatives", landed.Headers.Location?.PathAndQueryOrOriginal());
        var relation = await factory.WithDbAsync(db => db.Relations.Include(r => r.Person)
            .SingleAsync(r => r.CitizenId == world.CitizenId && r.Person!.Email == email));
        Assert.Equal((HowGiven.Digital, world.CitizenUserId, RelationKind.Sibling), (relation.NominationMethod, relation.RecordedByUserId, relation.Kind));
        var records = await factory.WithDbAsync(db => db.ConsentRecords.Where(c => c.RelationId == relation.Id).ToListAsync());
        Assert.Equal(["DailyLife:Informed", "Medicine:Involved"], records.Select(c => $"{c.Topic}:{c.Level}").Order());
        Assert.All(records, c => Assert.Equal((ConsentBasis.CitizenConsent, HowGiven.Digital, world.CitizenUserId),
            (c.Basis, c.GivenHow, c.RecordedByUserId)));
        Assert.Equal(relation.Id, (await factory.WithDbAsync(db => db.CitizenNominations.SingleAsync(n => n.Id == nomination.Id))).RelationId);
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.NominationAccepted && a.RelationId == relation.Id)));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.RelationRecorded
            && a.RelationId == relation.Id && a.ActorUserId == world.CitizenUserId)));
        Assert.Equal(2, await factory.CountAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.ConsentRecorded && a.RelationId == relation.Id)));

        // The new relative sees exactly the chosen topics.
        var page = await visitor.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}");
        Assert.Equal("DailyLife,Medicine", string.Join(",", page.QuerySelector("[data-allowed-topics]")!.GetAttribute("data-allowed-topics")!.Split(',').Order()));

        // The citizen's receipt now leads to the relation; staff see who added the relative.
        var accepted = await citizen.GetDocumentAsync($"/Citizen/Nominations/{nomination.Id}");
        Assert.Equal("Accepted", accepted.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        Assert.NotNull(accepted.QuerySelector("[data-relation-receipt]"));
        Assert.Null(accepted.QuerySelector("[data-withdraw]"));
        using var staff = await factory.SignInAsAsync(Paaroerende.Demo.DemoAccounts.Staff);
        var staffPage = await staff.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}");
        Assert.NotNull(staffPage.QuerySelector($"[data-relation='{relation.Id}'] [data-self-nominated]"));
        Assert.Null(staffPage.QuerySelector($"[data-relation='{world.RelationId}'] [data-self-nominated]"));

        // The link is used up.
        using var again = await factory.CreateBrowserLikeClient().SignInWithMitIdAsync("anden", start: accept);
        Assert.Equal("/Account/MitIdRefused?reason=InvitationUnusable", again.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_withdrawn_nomination_cannot_be_accepted_and_only_its_own_citizen_can_see_or_withdraw_it(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        var world = await CreateAsync(factory);
        var other = await CreateAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);
        using var sent = await NominateAsync(citizen, "Ole", $"ole{Guid.NewGuid():N}@test.example", new() { ["Input.Levels[DailyLife]"] = "Informed" });
        var address = sent.Headers.Location!.OriginalString;
        var link = NominationLink(await factory.SingleMailTextAsync());
        var form = await citizen.GetDocumentAsync(address);

        // Another citizen gets the answer an unknown id gets: 404, for reading and for withdrawing (with a valid token).
        using var otherCitizen = await other.SignInAsCitizenAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCitizen.GetAsync(new Uri(address, UriKind.Relative))).StatusCode);
        var own = await otherCitizen.GetDocumentAsync("/Citizen/Notifications");
        using var post = await otherCitizen.PostAsync(new Uri($"{address}?handler=Withdraw", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(own)! }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await otherCitizen.GetAsync(new Uri($"/Citizen/Nominations/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
        Assert.Equal(0, await factory.CountAsync(db => db.CitizenNominations.Where(n => n.WithdrawnAtUtc != null)));

        using var withdrawn = await citizen.SubmitAsync(form, new Dictionary<string, string>(), "form[action*='Withdraw']");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var receipt = await citizen.GetDocumentAsync(address);
        Assert.Equal("Withdrawn", receipt.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.NominationWithdrawn
            && a.ActorUserId == world.CitizenUserId)));
        Assert.Null((await citizen.GetDocumentAsync("/Citizen")).QuerySelector("[data-nomination]"));

        using var visitor = factory.CreateBrowserLikeClient();
        var page = await visitor.GetDocumentAsync(link);
        Assert.NotNull(page.QuerySelector("[data-nomination-unusable]"));
        var token = Regex.Match(link, "token=([^&]+)").Groups[1].Value;
        using var refused = await visitor.SignInWithMitIdAsync("anden", start: $"/Account/MitId?invitation={token}");
        Assert.Equal("/Account/MitIdRefused?reason=InvitationUnusable", refused.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(1, await factory.CountAsync(db => db.Relations.Where(r => r.CitizenId == world.CitizenId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_child_cannot_be_offered_a_burdening_topic_or_involvement_and_nothing_typed_is_lost(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        var world = await CreateAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);
        var tenYearsOld = Paaroerende.Core.Notifications.DanishClock.DayOf(Instant.Now(factory.Clock)).AddYears(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var refused = await NominateAsync(citizen, "Ida", "ida@test.example", new()
        {
            ["Input.RelativeBirthDate"] = tenYearsOld,
            ["Input.Levels[Medicine]"] = "Informed",
            ["Input.Levels[DailyLife]"] = "Involved",
            ["Input.Levels[HealthAndCare]"] = "Informed",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForms.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".form-error-message"));
        Assert.Equal("Ida", page.QuerySelector("input[name='Input.FirstName']")?.GetAttribute("value"));
        Assert.Equal("ida@test.example", page.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='Input.Levels[Medicine]'][value=Informed][checked]"));
        Assert.Equal(0, await factory.CountAsync(db => db.CitizenNominations));

        using var allowed = await NominateAsync(citizen, "Ida", "ida@test.example", new()
        {
            ["Input.RelativeBirthDate"] = tenYearsOld,
            ["Input.Levels[DailyLife]"] = "Informed",
            ["Input.Levels[HealthAndCare]"] = "Informed",
        });
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        var nomination = await factory.WithDbAsync(db => db.CitizenNominations.Include(n => n.Topics).SingleAsync());
        Assert.Equal(["DailyLife", "HealthAndCare"], nomination.Topics.Select(t => t.Topic.ToString()).Order());

        // Accepted, the child's person record carries the birth date the citizen gave, so the rules hold from then on.
        using var visitor = factory.CreateBrowserLikeClient();
        var invitation = await visitor.GetDocumentAsync(NominationLink(await factory.SingleMailTextAsync()));
        using var landed = await visitor.SignInWithMitIdAsync("anden", start: invitation.QuerySelector("[data-mitid-accept]")!.GetAttribute("href")!);
        Assert.Equal("/Relatives", landed.Headers.Location?.PathAndQueryOrOriginal());
        var person = await factory.WithDbAsync(db => db.People.SingleAsync(p => p.Email == "ida@test.example"));
        Assert.Equal(DateOnly.Parse(tenYearsOld, System.Globalization.CultureInfo.InvariantCulture), person.BirthDate);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_nomination_without_a_topic_or_a_valid_address_is_refused_with_nothing_saved(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        var world = await CreateAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);

        using var noTopic = await NominateAsync(citizen, "Bo", "bo@test.example", []);
        using var badEmail = await NominateAsync(citizen, "Bo", "ikke-en-adresse", new() { ["Input.Levels[DailyLife]"] = "Informed" });

        Assert.Equal(HttpStatusCode.OK, noTopic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, badEmail.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(noTopic)).QuerySelector(".form-error-message"));
        Assert.Equal(0, await factory.CountAsync(db => db.CitizenNominations));
        Assert.Equal(0, await factory.CountAsync(db => db.OutboxMessages));
    }

    /// <summary>Fills the citizen's "Tilføj en pårørende" form as a sibling, with the given levels and fields.</summary>
    internal static async Task<HttpResponseMessage> NominateAsync(
        HttpClient citizen, string firstName, string email, Dictionary<string, string> more)
    {
        var start = await citizen.GetDocumentAsync("/Citizen");
        var add = start.QuerySelector("[data-add-relative]")?.GetAttribute("href") ?? throw new InvalidOperationException("No add link.");
        var form = await citizen.GetDocumentAsync(add);
        var values = new Dictionary<string, string>
        {
            ["Input.FirstName"] = firstName, ["Input.LastName"] = "Søskende", ["Input.Email"] = email,
            ["Input.Kind"] = nameof(RelationKind.Sibling),
        };
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }

        return await citizen.SubmitAsync(form, values, "form[data-nominate-form]");
    }

    internal static string NominationLink(string mail) => new Uri(NominationLinkPattern().Match(mail).Value).PathAndQuery;

    private static string? Token(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    [GeneratedRegex(@"https?://\S+/Account/Nomination\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex NominationLinkPattern();
}
