using Paaroerende.Core;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Retention;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.CitizenArea;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.Retention;

/// <summary>After a purge, "who looked" and the data export hold only what is left, and the page says how long reads are kept.</summary>
public class PurgeSeenByTheCitizenTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_read_older_than_the_limit_is_gone_from_who_looked_and_from_the_export(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        var now = Instant.Now(factory.Clock);
        var (old, recent) = (Read(world, now.AddMonths(-13)), Read(world, now.AddMonths(-1)));
        await factory.AddAsync(db => db.AuditEntries.AddRange(old, recent));

        await factory.WithServiceAsync<RetentionPurge, RetentionRun>(p => p.RunAsync());

        using var citizen = await world.SignInAsCitizenAsync(factory);
        var page = await citizen.GetDocumentAsync("/Citizen/WhoLooked");
        Assert.Single(page.QuerySelectorAll($"tr[data-person='{world.PersonId}']"));
        Assert.Contains("12 måneder", page.QuerySelector("[data-retention]")!.TextContent, StringComparison.Ordinal);
        var export = await citizen.GetStringAsync(new Uri("/Citizen/MyData?handler=Json", UriKind.Relative));
        Assert.DoesNotContain(old.Id.ToString(), export, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(recent.Id.ToString(), export, StringComparison.OrdinalIgnoreCase);
    }

    private static AuditEntry Read(CitizenWorld world, DateTime at) => new()
    {
        Id = Guid.NewGuid(), OccurredAtUtc = at, ActorUserId = "test", Action = AuditAction.RelativeRead,
        Outcome = AuditOutcome.Allowed, CitizenId = world.CitizenId, PersonId = world.PersonId, Topic = ConsentTopic.DailyLife,
    };
}
