using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>The "done when": staff nominate a relative and record consent, and the relative's gate follows.</summary>
public class ConsentFlowTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_nominated_relative_sees_exactly_the_two_consented_topics_and_a_withdrawn_one_is_gone(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");

        var nominate = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Nominate");
        using var nominated = await sofie.SubmitAsync(nominate, new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Karin",
            ["Input.LastName"] = "Flowsen",
            ["Input.Email"] = "karin.flowsen@test.example",
            ["Input.Phone"] = "36 39 39 39",
            ["Input.Kind"] = "Sibling",
            ["Input.HowGiven"] = "Oral",
        });
        Assert.Equal(HttpStatusCode.Redirect, nominated.StatusCode);
        var consentUrl = nominated.Headers.Location!.PathAndQueryOrOriginal();
        Assert.Matches($"^/Staff/Citizens/{inger}/Relations/[0-9a-f-]{{36}}/Consent$", consentUrl);
        var (relationId, personId) = await factory.WithDbAsync(db => db.Relations
            .Where(r => r.CitizenId == inger && r.Person!.LastName == "Flowsen")
            .Select(r => new ValueTuple<Guid, Guid>(r.Id, r.PersonId)).SingleAsync());
        Assert.EndsWith($"/Relations/{relationId}/Consent", consentUrl, StringComparison.Ordinal);

        var form = await sofie.GetDocumentAsync(consentUrl);
        Assert.Contains("Karin Flowsen er registreret som pårørende", form.Body!.TextContent, StringComparison.Ordinal);
        using var saved = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Levels[Medicine]"] = "Informed",
            ["Input.Levels[AppointmentsAndVisits]"] = "Involved",
            ["Input.GivenHow"] = "Oral",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var citizenPage = await sofie.GetDocumentAsync(saved.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Contains("2 ændringer er registreret", citizenPage.QuerySelector("[data-notice]")!.TextContent, StringComparison.Ordinal);

        var relativeEmail = await factory.CreateRelativeSignInAsync(personId);
        using (var karin = await factory.SignInAsAsync(relativeEmail, TestUsers.Password))
        {
            Assert.Equal(["AppointmentsAndVisits", "Medicine"], await AllowedTopicsShownAsync(karin, inger));
        }

        Assert.Equal([ConsentTopic.Medicine, ConsentTopic.AppointmentsAndVisits], await GateTopicsAsync(factory, personId, inger));

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var again = await sofie.GetDocumentAsync(consentUrl);
        Assert.Equal("Informed", again.CheckedValue("Input.Levels[Medicine]"));
        using var withdrawn = await sofie.SubmitConfirmingAsync(again, new Dictionary<string, string>
        {
            ["Input.Levels[Medicine]"] = "None",
            ["Input.GivenHow"] = "Written",
        });
        var afterWithdrawal = await sofie.GetDocumentAsync(withdrawn.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Contains("1 ændring er registreret", afterWithdrawal.QuerySelector("[data-notice]")!.TextContent, StringComparison.Ordinal);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));

        using (var karin = await factory.SignInAsAsync(relativeEmail, TestUsers.Password))
        {
            Assert.Equal(["AppointmentsAndVisits"], await AllowedTopicsShownAsync(karin, inger));
        }

        var staffView = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}");
        var canSee = staffView.QuerySelectorAll($"[data-relation='{relationId}'] tr[data-can-see='true']")
            .Select(r => r.GetAttribute("data-topic")).ToList();
        Assert.Equal(["AppointmentsAndVisits"], canSee);
        Assert.Equal(3, await factory.WithDbAsync(db => db.ConsentRecords.CountAsync(c => c.RelationId == relationId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Saving_the_grid_records_only_the_topics_that_changed(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var (relationId, _) = await factory.AddRelationAsync(inger, "Ulla", "Uændretsen", factory.Clock.GetUtcNow().UtcDateTime);
        var url = $"/Staff/Citizens/{inger}/Relations/{relationId}/Consent";

        using var first = await sofie.SubmitAsync(await sofie.GetDocumentAsync(url), new Dictionary<string, string>
        {
            ["Input.Levels[DailyLife]"] = "Informed",
            ["Input.Levels[HealthAndCare]"] = "Involved",
            ["Input.GivenHow"] = "Oral",
        });
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var second = await sofie.SubmitConfirmingAsync(await sofie.GetDocumentAsync(url), new Dictionary<string, string>
        {
            ["Input.Levels[HealthAndCare]"] = "KeptOut",
            ["Input.GivenHow"] = "Oral",
        });

        var records = await factory.WithDbAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)
            .Select(c => new { c.Topic, c.Level }).ToListAsync());
        Assert.Equal(3, records.Count);
        Assert.Single(records, r => r.Topic == ConsentTopic.DailyLife);
        Assert.Contains(records, r => r.Topic == ConsentTopic.HealthAndCare && r.Level == ConsentLevel.KeptOut);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Switching_the_basis_shows_that_basis_before_anything_is_saved(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var (relationId, _) = await factory.AddRelationAsync(inger, "Vera", "Værgesen", factory.Clock.GetUtcNow().UtcDateTime);
        var url = $"/Staff/Citizens/{inger}/Relations/{relationId}/Consent";

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync(url), new Dictionary<string, string>
        {
            ["Input.Basis"] = "Guardianship",
            ["Input.BasisScope"] = "Økonomiske forhold",
            ["Input.BasisDocument"] = "Familieretshusets afgørelse af 1. marts 2026, sagsnr. 26-77",
            ["Input.Levels[Finances]"] = "Involved",
            ["Input.GivenHow"] = "Written",
        });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Du har skiftet grundlag", page.ErrorNextTo("Input_Basis"), StringComparison.Ordinal);
        Assert.Equal("Involved", page.CheckedValue("Input.Levels[Finances]"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ConsentRecords.CountAsync(c => c.RelationId == relationId)));

        using var confirmed = await sofie.SubmitAsync(page, new Dictionary<string, string> { ["Input.GivenHow"] = "Written" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var stored = await factory.WithDbAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId).SingleAsync());
        Assert.Equal((ConsentBasis.Guardianship, "Økonomiske forhold", ConsentLevel.Involved), (stored.Basis, stored.BasisScope, stored.Level));
    }

    private static async Task<List<string?>> AllowedTopicsShownAsync(HttpClient relative, Guid citizenId)
    {
        var page = await relative.GetDocumentAsync($"/Relatives/Citizen/{citizenId}");
        var topics = page.QuerySelector("[data-allowed-topics]")?.GetAttribute("data-allowed-topics");
        return (topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Order().Select(t => (string?)t).ToList();
    }

    private static async Task<List<ConsentTopic>> GateTopicsAsync(PortalFactory factory, Guid personId, Guid citizenId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var gate = scope.ServiceProvider.GetRequiredService<ConsentGate>();
        var topics = await gate.AllowedTopics(personId, citizenId, factory.Clock.GetUtcNow().UtcDateTime).ToListAsync();
        return topics.Order().ToList();
    }
}
