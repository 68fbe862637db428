using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Relatives;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// The staff consent form with dates per topic: one extra topic from a later day records one record and cuts nobody
/// off; an end moved keeps the grant's start; a removal is shown in plain Danish and saved only once confirmed on the
/// same data; and the relative is mailed only when what they can see changes.
/// </summary>
public class ConsentPerTopicTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Giving_one_extra_topic_from_a_later_day_records_one_record_and_the_other_topics_stay_visible(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (inger, relative) = await RelativeWithThreeTopicsAsync(factory, "Jensine");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var later = Today(factory).AddDays(7);

        using var saved = await sofie.SubmitAsync(await sofie.GetDocumentAsync(FormUrl(inger, relative)), new Dictionary<string, string>
        {
            ["Input.Levels[HousingAndMoving]"] = "Informed",
            ["Input.From[HousingAndMoving]"] = Iso(later),
            ["Input.GivenHow"] = "Oral",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var added = await factory.WithDbAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)
            .OrderByDescending(c => c.RecordedAtUtc).ToListAsync());
        Assert.Equal(4, added.Count);
        Assert.Equal((ConsentTopic.HousingAndMoving, StartOfDay(later)), (added[0].Topic, added[0].ValidFromUtc));
        using var jensine = await factory.SignInAsync(relative);
        Assert.Equal(["DailyLife", "HealthAndCare", "Medicine"], await AllowedTopicsAsync(jensine, inger));
        var housing = (await OutlookAsync(factory, relative)).Single(o => o.Topic == ConsentTopic.HousingAndMoving);
        Assert.Equal((false, StartOfDay(later)), (housing.Allowed, housing.AllowedFromUtc));
        var staffPage = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}");
        var row = staffPage.QuerySelector($"[data-relation='{relative.RelationId}'] tr[data-topic='HousingAndMoving'] [data-sees-from]");
        Assert.Equal($"fra {Long(later)}", row?.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Changing_only_the_end_of_a_grant_keeps_its_start_and_the_relative_keeps_the_earlier_updates(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (inger, relative) = await RelativeWithThreeTopicsAsync(factory, "Erik");
        var grantedFrom = await factory.WithDbAsync(db => db.ConsentRecords
            .Where(c => c.RelationId == relative.RelationId && c.Topic == ConsentTopic.Medicine).Select(c => c.ValidFromUtc).SingleAsync());
        await factory.AddAsync(db => db.CitizenUpdates.Add(new Core.Updates.CitizenUpdate
        {
            Id = Guid.NewGuid(), CitizenId = inger, Topic = ConsentTopic.Medicine, Title = "Ny pille om morgenen",
            Body = "Tekst", PublishedAtUtc = Instant.Now(factory.Clock), AuthorUserId = "test",
        }));
        factory.Clock.Advance(TimeSpan.FromDays(2));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var lastDay = Today(factory).AddDays(30);

        using var saved = await sofie.SubmitConfirmingAsync(await sofie.GetDocumentAsync(FormUrl(inger, relative)), new Dictionary<string, string>
        {
            ["Input.Until[Medicine]"] = Iso(lastDay),
            ["Input.GivenHow"] = "Oral",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var newest = await factory.WithDbAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)
            .OrderByDescending(c => c.RecordedAtUtc).FirstAsync());
        Assert.Equal(4, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)));
        Assert.Equal(
            (ConsentTopic.Medicine, ConsentLevel.Informed, grantedFrom, (DateTime?)StartOfDay(lastDay.AddDays(1))),
            (newest.Topic, newest.Level, newest.ValidFromUtc, newest.ValidUntilUtc));
        using var erik = await factory.SignInAsync(relative);
        var page = await erik.GetDocumentAsync($"/Relatives/Citizen/{inger}");
        Assert.Contains("Ny pille om morgenen", page.Text(), StringComparison.Ordinal);
        var form = await sofie.GetDocumentAsync(FormUrl(inger, relative));
        Assert.Equal(Iso(lastDay), form.ValueOf("Input_Until_Medicine_"));
        Assert.Contains($"til og med {Long(lastDay)}", form.QuerySelector("[data-topic='Medicine']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_removal_is_shown_in_plain_Danish_and_nothing_is_saved_until_it_is_confirmed(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (inger, relative) = await RelativeWithThreeTopicsAsync(factory, "Jonna");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var records = await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId));

        using var asked = await sofie.SubmitAsync(await sofie.GetDocumentAsync(FormUrl(inger, relative)), new Dictionary<string, string>
        {
            ["Input.Levels[Medicine]"] = "None",
            ["Input.Note"] = "Inger ringede",
            ["Input.GivenHow"] = "Oral",
        });
        var preview = await HtmlForms.ParseAsync(asked);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(["Jonna kan ikke længere se Medicin fra i dag."], Sentences(preview));
        Assert.NotNull(preview.QuerySelector("form[data-confirm-form] input[name='__RequestVerificationToken']"));
        Assert.Equal(records, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)));

        using var back = await sofie.PressAsync(preview, "[data-edit]");
        var form = await HtmlForms.ParseAsync(back);
        Assert.Equal("None", form.CheckedValue("Input.Levels[Medicine]"));
        Assert.Equal("Inger ringede", form.ValueOf("Input_Note"));
        Assert.Equal(records, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)));

        using var confirmed = await sofie.PressAsync(preview, "[data-confirm]");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(records + 1, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)));
        using var jonna = await factory.SignInAsync(relative);
        Assert.Equal(["DailyLife", "HealthAndCare"], await AllowedTopicsAsync(jonna, inger));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_confirmation_for_data_that_changed_meanwhile_shows_the_changes_again_and_saves_nothing(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (inger, relative) = await RelativeWithThreeTopicsAsync(factory, "Jytte");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var asked = await sofie.SubmitAsync(await sofie.GetDocumentAsync(FormUrl(inger, relative)), new Dictionary<string, string>
        {
            ["Input.Levels[Medicine]"] = "None",
            ["Input.GivenHow"] = "Oral",
        });
        var preview = await HtmlForms.ParseAsync(asked);

        // Meanwhile someone keeps the relative out of daily life on a power of attorney: the preview no longer holds.
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await RecordAsync(factory, relative, ConsentBasis.PowerOfAttorney, (ConsentTopic.DailyLife, ConsentLevel.KeptOut));
        var records = await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId));
        using var confirmed = await sofie.PressAsync(preview, "[data-confirm]");
        var again = await HtmlForms.ParseAsync(confirmed);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull(again.QuerySelector("[data-data-changed]"));
        Assert.Equal(["Jytte kan ikke længere se Medicin fra i dag."], Sentences(again));
        Assert.Equal(records, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_preview_says_what_the_relative_will_see_topic_by_topic(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (inger, relative) = await RelativeWithThreeTopicsAsync(factory, "Jens");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var today = Today(factory);

        using var asked = await sofie.SubmitAsync(await sofie.GetDocumentAsync(FormUrl(inger, relative)), new Dictionary<string, string>
        {
            ["Input.Levels[Medicine]"] = "None",
            ["Input.Until[HealthAndCare]"] = Iso(today.AddDays(10)),
            ["Input.Levels[HousingAndMoving]"] = "Informed",
            ["Input.From[HousingAndMoving]"] = Iso(today.AddDays(7)),
            ["Input.DisclosesFrom[HousingAndMoving]"] = Iso(today.AddDays(-30)),
            ["Input.GivenHow"] = "Written",
        });
        var preview = await HtmlForms.ParseAsync(asked);

        Assert.Equal(
            [
                $"Jens kan se Helbred og pleje til og med {Long(today.AddDays(10))}.",
                "Jens kan ikke længere se Medicin fra i dag.",
                $"Jens kan se Bolig og flytning fra {Long(today.AddDays(7))}.",
                $"Jens ser opdateringer om Bolig og flytning fra {Long(today.AddDays(-30))}.",
            ],
            Sentences(preview));
        Assert.Equal(3, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Keeping_out_of_a_topic_the_relative_never_saw_sends_no_mail_but_a_new_topic_does(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (inger, relative) = await RelativeWithThreeTopicsAsync(factory, "Kaj");
        var relativeUser = await factory.UserIdAsync(relative.Email);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        using var keptOut = await sofie.SubmitAsync(await sofie.GetDocumentAsync(FormUrl(inger, relative)), new Dictionary<string, string>
        {
            ["Input.Levels[Finances]"] = "KeptOut",
            ["Input.GivenHow"] = "Oral",
        });
        Assert.Equal(HttpStatusCode.Redirect, keptOut.StatusCode);
        Assert.Equal(4, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)));
        Assert.Empty(await factory.NoticesToAsync(relativeUser));

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var granted = await sofie.SubmitAsync(await sofie.GetDocumentAsync(FormUrl(inger, relative)), new Dictionary<string, string>
        {
            ["Input.Levels[AppointmentsAndVisits]"] = "Informed",
            ["Input.GivenHow"] = "Oral",
        });
        Assert.Single(await factory.NoticesToAsync(relativeUser));
    }

    internal static async Task<(Guid Inger, TestRelative Relative)> RelativeWithThreeTopicsAsync(PortalFactory factory, string firstName)
    {
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, firstName, consents:
            [(ConsentTopic.DailyLife, ConsentLevel.Informed), (ConsentTopic.HealthAndCare, ConsentLevel.Involved), (ConsentTopic.Medicine, ConsentLevel.Informed)]);
        return (inger, relative);
    }

    internal static List<string> Sentences(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-change-preview] li").Select(li => li.TextContent.Trim())];

    internal static DateOnly Today(PortalFactory factory) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(factory.Clock.GetUtcNow().UtcDateTime, Copenhagen));

    internal static DateTime StartOfDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Copenhagen);

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Long(DateOnly day) => day.ToString("d. MMMM yyyy", Danish);

    private static string FormUrl(Guid citizenId, TestRelative relative) =>
        $"/Staff/Citizens/{citizenId}/Relations/{relative.RelationId}/Consent";

    private static async Task<List<string>> AllowedTopicsAsync(HttpClient relative, Guid citizenId)
    {
        var page = await relative.GetDocumentAsync($"/Relatives/Citizen/{citizenId}");
        var topics = page.QuerySelector("[data-allowed-topics]")?.GetAttribute("data-allowed-topics");
        return string.IsNullOrEmpty(topics) ? [] : [.. topics.Split(',').Order()];
    }

    private static async Task<IReadOnlyList<TopicOutlook>> OutlookAsync(PortalFactory factory, TestRelative relative)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConsentGate>()
            .OutlookAsync(relative.PersonId, relative.CitizenId, Instant.Now(factory.Clock));
    }

    private static async Task RecordAsync(
        PortalFactory factory, TestRelative relative, ConsentBasis basis, params (ConsentTopic Topic, ConsentLevel Level)[] levels)
    {
        var staff = await factory.UserIdAsync(DemoAccounts.Staff);
        var command = ConsentCommand.Alike(
            relative.RelationId, basis, null, Core.Relatives.HowGiven.Written, Instant.Now(factory.Clock).AddMinutes(-1), null, null,
            levels.ToDictionary(l => l.Topic, l => l.Level));
        // A fuldmagt or værgemål rests on a document (ADR 0033).
        await factory.WithServiceAsync<ConsentRecorder, int>(r => r.RecordConsentsAsync(staff, LegalBasisRules.RestsOnDocument(basis)
            ? command with { BasisScope = "Personlige forhold", BasisDocument = "Fuldmagt af 1. marts 2026",
                BasisExpiresUtc = Instant.Now(factory.Clock).AddYears(1) }
            : command));
    }
}
