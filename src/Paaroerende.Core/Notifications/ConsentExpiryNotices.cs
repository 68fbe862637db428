using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Notifications;

/// <summary>
/// Expiry needs no job for access (the gate compares validity with the moment), but the relative must be told. Each run
/// handles the stretch of time since the previous one: it moves the watermark with a conditional update and queues the
/// mails in the same transaction, so every expiry is announced exactly once, also with several servers or a crash.
/// </summary>
public sealed class ConsentExpiryNotices(PortalDbContext db, RelativeNotices notices, TimeProvider clock)
{
    public const string JobName = "ConsentExpiryNotices";

    /// <returns>How many relations were told.</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = Instant.Now(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var mark = await db.JobWatermarks.AsNoTracking().SingleOrDefaultAsync(w => w.Name == JobName, ct);
        if (mark is null)
        {
            // The first run starts the watch; expiries before the job ever ran are not announced.
            db.JobWatermarks.Add(new JobWatermark { Name = JobName, CoveredUntilUtc = now });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return 0;
        }

        var from = mark.CoveredUntilUtc;
        if (from >= now)
        {
            return 0;
        }

        var claimed = await db.JobWatermarks.Where(w => w.Name == JobName && w.CoveredUntilUtc == from)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.CoveredUntilUtc, now), ct);
        if (claimed == 0)
        {
            return 0; // Another server handles this stretch.
        }

        var relations = await ExpiredBetween(from, now).Select(c => c.RelationId).Distinct().ToListAsync(ct);
        foreach (var relationId in relations)
        {
            await notices.QueueAsync(relationId, NotificationKind.ConsentExpired, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return relations.Count;
    }

    /// <summary>
    /// Grants that ran out in (from, to]: a record that was still its line's newest when its validity ended, that let
    /// the relative see the topic (an ended withdrawal or kept-out changes nothing the relative can see), recorded
    /// before it ended, on a relation still active then.
    /// </summary>
    private IQueryable<ConsentRecord> ExpiredBetween(DateTime from, DateTime to) =>
        db.ConsentRecords.Where(c => c.ValidUntilUtc > from && c.ValidUntilUtc <= to
                && (c.Level == ConsentLevel.Informed || c.Level == ConsentLevel.Involved)
                && c.RecordedAtUtc < c.ValidUntilUtc
                && (c.Relation!.EndedAtUtc == null || c.Relation.EndedAtUtc > c.ValidUntilUtc))
            .NewestOfLineAtItsEnd(db.ConsentRecords);
}
