using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Relatives' read entries by a made-up actor, and how many of them are stored: rows that need nothing else.</summary>
public static class AuditReads
{
    public static List<AuditEntry> By(string actor, int count)
    {
        var now = DateTime.UtcNow;
        return [.. Enumerable.Range(0, count).Select(_ => new AuditEntry
        {
            Id = AuditEntry.NewId(now), OccurredAtUtc = now, ActorUserId = actor, Action = AuditAction.RelativeRead,
            Outcome = AuditOutcome.Allowed, CitizenId = Guid.NewGuid(), PersonId = Guid.NewGuid(), Topic = ConsentTopic.DailyLife,
        })];
    }

    public static Task<int> CountAsync(PortalFactory factory, string actor) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.ActorUserId == actor));
}
