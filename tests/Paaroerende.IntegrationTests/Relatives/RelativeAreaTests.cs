using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

public class RelativeAreaTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_demo_relative_sees_exactly_the_consented_topics(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var client = await factory.SignInAsAsync(DemoAccounts.Relative);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");

        var page = await client.GetDocumentAsync($"/Relatives/Citizen/{inger}");

        var shownTopics = page.QuerySelectorAll("[data-topic]").Select(e => e.GetAttribute("data-topic")).ToHashSet();
        Assert.Equal(["AppointmentsAndVisits", "DailyLife", "HealthAndCare"], shownTopics.Order());
        Assert.DoesNotContain("Ændring i medicin", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Betaling for husleje", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_relatives_page_names_a_citizen_or_is_marked_as_an_overview()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);

        var routes = RelativeRoutes.Discover(factory);

        Assert.Contains(routes, r => r.Template.Contains("{citizenId", StringComparison.Ordinal));
        Assert.All(routes, r => Assert.True(
            r.IsOverview || r.Template.Contains("{citizenId", StringComparison.Ordinal),
            $"{r.Template} neither names a citizen nor is marked [OverviewPage]"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_citizen_route_answers_a_stranger_exactly_as_for_a_citizen_that_does_not_exist(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen"); // Mette's, not Jens's
        var routes = RelativeRoutes.Discover(factory).Where(r => !r.IsOverview).ToList();
        Assert.NotEmpty(routes);

        foreach (var (template, _) in routes)
        {
            using var someoneElses = await jens.GetAsync(new Uri(RelativeRoutes.WithCitizen(template, bent), UriKind.Relative));
            using var nobodys = await jens.GetAsync(new Uri(RelativeRoutes.WithCitizen(template, Guid.NewGuid()), UriKind.Relative));

            Assert.Equal(HttpStatusCode.NotFound, someoneElses.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, nobodys.StatusCode);
            Assert.Equal(await PerRequestValues.NormalizedBodyAsync(nobodys), await PerRequestValues.NormalizedBodyAsync(someoneElses));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_denied_look_up_and_an_allowed_read_are_both_audited(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var (bent, inger) = (await factory.CitizenIdAsync("Bent", "Eksempelsen"), await factory.CitizenIdAsync("Inger", "Prøvesen"));

        using var _ = await jens.GetAsync(new Uri($"/Relatives/Citizen/{bent}", UriKind.Relative));
        using var __ = await jens.GetAsync(new Uri($"/Relatives/Citizen/{inger}", UriKind.Relative));

        Assert.True(await factory.WithDbAsync(db =>
            db.AuditEntries.AnyAsync(a => a.CitizenId == bent && a.Action == AuditAction.RelativeReadDenied && a.Outcome == AuditOutcome.Denied)));
        var readTopics = await factory.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.CitizenId == inger && a.Action == AuditAction.RelativeRead).Select(a => a.Topic).ToListAsync());
        Assert.Contains(ConsentTopic.Medicine, readTopics);
        Assert.DoesNotContain(ConsentTopic.Finances, readTopics);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_withdrawal_hides_the_topic_on_the_very_next_request(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var before = await jens.GetDocumentAsync($"/Relatives/Citizen/{inger}");
        Assert.Contains(before.QuerySelectorAll("[data-topic]"), e => e.GetAttribute("data-topic") == "Medicine");

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var recorder = scope.ServiceProvider.GetRequiredService<ConsentRecorder>();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var staff = await db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync();
            var relation = await db.Relations.Where(r => r.CitizenId == inger && r.Person!.Email == DemoAccounts.SecondRelative).Select(r => r.Id).SingleAsync();
            await recorder.RecordConsentsAsync(staff, ConsentCommand.Alike(
                relation, ConsentBasis.CitizenConsent, null, Core.Relatives.HowGiven.Oral,
                factory.Clock.GetUtcNow().UtcDateTime, null, null,
                new Dictionary<ConsentTopic, ConsentLevel> { [ConsentTopic.Medicine] = ConsentLevel.None }));
        }

        var after = await jens.GetDocumentAsync($"/Relatives/Citizen/{inger}");

        Assert.DoesNotContain(after.QuerySelectorAll("[data-topic]"), e => e.GetAttribute("data-topic") == "Medicine");
        Assert.Contains(after.QuerySelectorAll("[data-topic]"), e => e.GetAttribute("data-topic") == "HealthAndCare");
    }

    [Fact]
    public async Task Older_updates_are_reached_through_the_paging_links()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var author = await db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync();
            for (var i = 1; i <= 12; i++)
            {
                db.CitizenUpdates.Add(new Core.Updates.CitizenUpdate
                {
                    Id = Guid.NewGuid(), CitizenId = inger, Topic = ConsentTopic.DailyLife, Title = $"Ældre opdatering {i}",
                    Body = "Tekst", PublishedAtUtc = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-10 - i), AuthorUserId = author,
                });
            }

            await db.SaveChangesAsync();
        }

        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var first = await jens.GetDocumentAsync($"/Relatives/Citizen/{inger}");
        var older = first.QuerySelectorAll("main nav a").Select(a => a.GetAttribute("href")).SingleOrDefault(h => h?.Contains("side=2", StringComparison.Ordinal) == true);
        Assert.NotNull(older);

        var second = await jens.GetDocumentAsync(older!);

        Assert.Contains("Ældre opdatering 12", second.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ældre opdatering 12", first.Body!.TextContent, StringComparison.Ordinal);
    }
}
