using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Staff;

public class AuditPageTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_audit_log_filters_by_relative_and_period_and_records_that_it_was_read(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var sofieId = await factory.UserIdAsync(DemoAccounts.Staff);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Aud", "Itsen", new DateOnly(1950, 5, 5));
        var (_, anna) = await factory.AddRelationAsync(citizen, "Anna", "Læsersen", now.AddDays(-30));
        var (_, bo) = await factory.AddRelationAsync(citizen, "Bo", "Læsersen", now.AddDays(-30));
        // Noon in Denmark on three past days, so the day filter's edges are unambiguous.
        DateTime Day(int daysAgo) => now.Date.AddDays(-daysAgo).AddHours(10);
        await AddReadsAsync(factory, citizen,
            (anna, Day(12), ConsentTopic.Medicine), (bo, Day(11), ConsentTopic.DailyLife), (anna, Day(10), ConsentTopic.Finances));
        var day11 = DateOnly.FromDateTime(Day(11)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var day10 = DateOnly.FromDateTime(Day(10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var url = $"/Staff/Citizens/{citizen}/Audit";

        var all = await sofie.GetDocumentAsync(url);
        var annas = await sofie.GetDocumentAsync($"{url}?Filter.Relative={anna}");
        var oneDay = await sofie.GetDocumentAsync($"{url}?Filter.From={day11}&Filter.To={day11}");
        var twoDays = await sofie.GetDocumentAsync($"{url}?Filter.From={day11}&Filter.To={day10}");

        Assert.Equal(["Finances", "DailyLife", "Medicine"], Topics(all).Take(3));
        Assert.Equal(["Finances", "Medicine"], Topics(annas));
        Assert.All(annas.QuerySelectorAll("tbody tr"), row => Assert.Contains("Anna Læsersen", row.TextContent, StringComparison.Ordinal));
        Assert.Equal(["DailyLife"], Topics(oneDay));
        Assert.Equal(["Finances", "DailyLife"], Topics(twoDays));
        Assert.Contains("Pårørende læste", all.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tilladt", all.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.CitizenId == citizen && a.Action == AuditAction.AuditLogRead && a.ActorUserId == sofieId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reading_the_log_shows_up_in_the_log_and_a_bad_period_is_explained(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Log", "Læsesen", new DateOnly(1951, 6, 6));
        var url = $"/Staff/Citizens/{citizen}/Audit";

        var first = await sofie.GetDocumentAsync(url);
        var second = await sofie.GetDocumentAsync(url);
        var reversed = await sofie.GetDocumentAsync($"{url}?Filter.From=2026-03-10&Filter.To=2026-03-01");

        Assert.Empty(first.QuerySelectorAll("tbody tr"));
        var row = Assert.Single(second.QuerySelectorAll("tbody tr"));
        Assert.Equal("AuditLogRead", row.GetAttribute("data-action"));
        Assert.Contains("Sofie Medarbejder (demo)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("„Til og med dato“ skal være samme dag som eller efter „Fra og med dato“", reversed.ErrorNextTo("Filter_To"), StringComparison.Ordinal);
        Assert.Equal("2026-03-01", reversed.ValueOf("Filter_To"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_audit_log_is_paged_newest_first(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Side", "Deltsen", new DateOnly(1952, 7, 7));
        var (_, person) = await factory.AddRelationAsync(citizen, "Per", "Sidesen", now.AddDays(-60));
        var topics = Enum.GetValues<ConsentTopic>();
        await AddReadsAsync(factory, citizen,
            Enumerable.Range(1, 30).Select(i => (person, now.AddDays(-40).AddMinutes(i), topics[i % topics.Length])).ToArray());
        var url = $"/Staff/Citizens/{citizen}/Audit?Filter.Relative={person}";

        var first = await sofie.GetDocumentAsync(url);
        var second = await sofie.GetDocumentAsync($"{url}&side=2");

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(5, second.QuerySelectorAll("tbody tr").Length);
        var firstTimes = Times(first);
        Assert.Equal(firstTimes.OrderDescending(), firstTimes);
        Assert.True(firstTimes.Last() > Times(second).First());
        Assert.NotNull(first.QuerySelector("a[href*='side=2']"));
        Assert.Contains($"Filter.Relative={person}", first.QuerySelector("a[href*='side=2']")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    /// <summary>
    /// On SQLite a relative's read is stored in the reads' queue first (docs/adr/0055): the page moves it into the log
    /// before it reads, so a read a moment ago is there.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relatives_read_a_moment_ago_is_in_the_log_at_once(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var jensPerson = await factory.WithDbAsync(db =>
            db.Users.Where(u => u.Email == DemoAccounts.SecondRelative).Select(u => u.PersonId).SingleAsync());
        var url = $"/Staff/Citizens/{inger}/Audit?Filter.Relative={jensPerson}";
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var readAt = factory.Clock.GetUtcNow().UtcDateTime;

        using var read = await jens.GetAsync(new Uri($"/Relatives/Citizen/{inger}", UriKind.Relative));
        var log = await sofie.GetDocumentAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, read.StatusCode);
        var newest = log.QuerySelector("tbody tr[data-action='RelativeRead'] time")?.GetAttribute("datetime");
        Assert.NotNull(newest);
        Assert.True(DateTime.Parse(newest, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) >= readAt.AddSeconds(-1),
            $"the newest read shown ({newest}) is the one made at {readAt:O}");
    }

    private static List<string?> Topics(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr[data-action='RelativeRead']").Select(r => r.GetAttribute("data-topic")).ToList();

    private static List<DateTime> Times(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr time")
            .Select(t => DateTime.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))
            .ToList();

    private static async Task AddReadsAsync(PortalFactory factory, Guid citizenId, params (Guid Person, DateTime At, ConsentTopic Topic)[] reads) =>
        await factory.WithDbAsync(db =>
        {
            foreach (var (person, at, topic) in reads)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    Id = Guid.NewGuid(), OccurredAtUtc = at, ActorUserId = "relative-user", Action = AuditAction.RelativeRead,
                    Outcome = AuditOutcome.Allowed, CitizenId = citizenId, PersonId = person, Topic = topic,
                });
            }

            return db.SaveChangesAsync();
        });
}
