using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.CitizenArea;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// A consent form opened before someone else changed the same relative's consent must not quietly undo that change.
/// The forms compared each row with what is stored when the form is sent, so a row the user never touched went back
/// with the value it showed when it was opened: a care worker who opened Jens's form, and then gave him one more topic
/// after a colleague (or the citizen) had withdrawn Medicine, gave Medicine back without a word. Now such a save is not
/// made: the form is shown again with what is stored, the user's own changes kept, and says what changed meanwhile.
/// </summary>
public class ConsentChangedMeanwhileTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_staff_form_opened_before_a_colleague_withdrew_a_topic_does_not_give_it_back(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (inger, relative) = await ConsentPerTopicTests.RelativeWithThreeTopicsAsync(factory, "Gammelside");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var colleague = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.DemoHome), TestUsers.Password);
        var opened = await sofie.GetDocumentAsync(FormUrl(inger, relative));
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var withdrawn = await colleague.SubmitConfirmingAsync(await colleague.GetDocumentAsync(FormUrl(inger, relative)),
            new Dictionary<string, string> { ["Input.Levels[Medicine]"] = "None", ["Input.GivenHow"] = "Oral" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        // Sofie, on the page she opened before, gives Housing and moving.
        using var sent = await sofie.SubmitAsync(opened, new Dictionary<string, string>
        {
            ["Input.Levels[HousingAndMoving]"] = "Informed", ["Input.GivenHow"] = "Oral",
        });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var shown = await HtmlForms.ParseAsync(sent);
        Assert.Equal(["Medicine"], ChangedMeanwhile(shown));
        Assert.Equal(("None", "Informed"), (Checked(shown, "Medicine"), Checked(shown, "HousingAndMoving")));
        Assert.Equal([ConsentTopic.DailyLife, ConsentTopic.HealthAndCare], await AllowedAsync(factory, relative));

        // What she sees now is what is stored plus her own change: saving it gives Housing and leaves Medicine withdrawn.
        using var saved = await sofie.SubmitAsync(shown, new Dictionary<string, string> { ["Input.GivenHow"] = "Oral" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([ConsentTopic.DailyLife, ConsentTopic.HealthAndCare, ConsentTopic.HousingAndMoving], await AllowedAsync(factory, relative));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_citizens_form_opened_before_staff_withdrew_a_topic_keeps_her_own_choice_and_says_so(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (_, relative) = await ConsentPerTopicTests.RelativeWithThreeTopicsAsync(factory, "Borgerside");
        using var inger = await factory.SignInAsAsync(DemoAccounts.Citizen);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var opened = await inger.GetDocumentAsync($"/Citizen/Relations/{relative.RelationId}");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var withdrawn = await sofie.SubmitConfirmingAsync(await sofie.GetDocumentAsync(FormUrl(relative.CitizenId, relative)),
            new Dictionary<string, string> { ["Input.Levels[Medicine]"] = "None", ["Input.Levels[DailyLife]"] = "None", ["Input.GivenHow"] = "Oral" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        // Inger, on her page opened before, makes Medicine "involveret" and leaves Daily life as it showed.
        using var sent = await inger.SubmitAsync(opened, new Dictionary<string, string> { ["Input.Levels[Medicine]"] = "Involved" });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var shown = await HtmlForms.ParseAsync(sent);
        Assert.Equal(["DailyLife", "Medicine"], ChangedMeanwhile(shown));
        Assert.NotNull(shown.QuerySelector("[data-changed-meanwhile] [data-topic='Medicine'] [data-also-yours]"));
        Assert.Null(shown.QuerySelector("[data-changed-meanwhile] [data-topic='DailyLife'] [data-also-yours]"));
        Assert.Equal(("Involved", "None"), (Checked(shown, "Medicine"), Checked(shown, "DailyLife")));
        Assert.Equal([ConsentTopic.HealthAndCare], await AllowedAsync(factory, relative));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_staff_form_opened_before_a_colleague_entered_a_new_fuldmagt_does_not_put_the_old_one_back(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CitizenWorld.CreateAsync(factory);
        var url = $"/Staff/Citizens/{world.CitizenId}/Relations/{world.RelationId}/Consent?basis=PowerOfAttorney";
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var colleague = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.DemoHome), TestUsers.Password);
        var oldLastDay = ConsentPerTopicTests.Today(factory).AddDays(60);
        using var first = await sofie.SubmitAsync(await sofie.GetDocumentAsync(url), new Dictionary<string, string>
        {
            ["Input.Levels[Finances]"] = "Involved", ["Input.GivenHow"] = "Written", ["Input.BasisScope"] = "Økonomiske forhold",
            ["Input.BasisDocument"] = "Fuldmagt af 3. marts 2026", ["Input.BasisExpiresOn"] = ConsentPerTopicTests.Iso(oldLastDay),
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var opened = await sofie.GetDocumentAsync(url);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        // The citizen signed a new fuldmagt; the colleague enters it.
        var newLastDay = oldLastDay.AddYears(1);
        using var renewed = await colleague.SubmitConfirmingAsync(await colleague.GetDocumentAsync(url), new Dictionary<string, string>
        {
            ["Input.BasisDocument"] = "Fuldmagt af 1. december 2026", ["Input.BasisExpiresOn"] = ConsentPerTopicTests.Iso(newLastDay),
            ["Input.GivenHow"] = "Written",
        });
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        // Sofie, on the page she opened before, adds Housing and moving and leaves the document fields as they showed.
        using var sent = await sofie.SubmitAsync(opened, new Dictionary<string, string>
        {
            ["Input.Levels[HousingAndMoving]"] = "Informed", ["Input.GivenHow"] = "Written",
        });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var shown = await HtmlForms.ParseAsync(sent);
        Assert.NotNull(shown.QuerySelector("[data-changed-meanwhile] [data-basis-document-changed]"));
        Assert.Null(shown.QuerySelector("[data-changed-meanwhile] [data-basis-document-changed] [data-also-yours]"));
        Assert.Equal(
            ("Fuldmagt af 1. december 2026", ConsentPerTopicTests.Iso(newLastDay), "Informed"),
            (shown.ValueOf("Input_BasisDocument"), shown.ValueOf("Input_BasisExpiresOn"), Checked(shown, "HousingAndMoving")));
        Assert.Equal(["Fuldmagt af 1. december 2026"], await DocumentsInForceAsync(factory, world.RelationId));

        // Saved again from what she sees now: Housing is added on the new fuldmagt, and Finances keeps it.
        using var saved = await sofie.SubmitAsync(shown, new Dictionary<string, string> { ["Input.GivenHow"] = "Written" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Fuldmagt af 1. december 2026", "Fuldmagt af 1. december 2026"], await DocumentsInForceAsync(factory, world.RelationId));
    }

    /// <summary>The document of each topic's newest record on the fuldmagt, for the topics it grants.</summary>
    private static async Task<List<string?>> DocumentsInForceAsync(PortalFactory factory, Guid relationId)
    {
        var records = await factory.WithDbAsync(db => db.ConsentRecords
            .Where(c => c.RelationId == relationId && c.Basis == ConsentBasis.PowerOfAttorney).ToListAsync());
        return [.. records.GroupBy(r => r.Topic).Select(g => g.MaxBy(r => r.RecordedAtUtc)!)
            .Where(r => r.Level != ConsentLevel.None).Select(r => r.BasisDocument)];
    }

    private static string FormUrl(Guid citizenId, TestRelative relative) =>
        $"/Staff/Citizens/{citizenId}/Relations/{relative.RelationId}/Consent";

    private static List<string> ChangedMeanwhile(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-changed-meanwhile] [data-topic]").Select(t => t.GetAttribute("data-topic")!).Order(StringComparer.Ordinal)];

    private static string? Checked(IHtmlDocument page, string topic) =>
        page.QuerySelector($"form:not([data-confirm-form]) input[name='Input.Levels[{topic}]'][checked]")?.GetAttribute("value");

    private static async Task<List<ConsentTopic>> AllowedAsync(PortalFactory factory, TestRelative relative)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outlook = await scope.ServiceProvider.GetRequiredService<ConsentGate>()
            .OutlookAsync(relative.PersonId, relative.CitizenId, Instant.Now(factory.Clock));
        return [.. outlook.Where(o => o.Allowed).Select(o => o.Topic).Order()];
    }
}
