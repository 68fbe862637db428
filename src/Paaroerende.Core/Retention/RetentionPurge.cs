using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Retention;

/// <summary>
/// The one sanctioned way past the append-only rules (docs/adr/0012). One transaction: it records an open
/// <see cref="RetentionRun"/> (which lets the database triggers allow deletes older than its cut-offs, for this
/// transaction only), deletes audit entries older than the audit limit and everything about relations that ended longer
/// ago than the relations limit, then closes the run with its counts. A failure rolls back all of it.
/// </summary>
public sealed partial class RetentionPurge(
    PortalDbContext db, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionPurge> logger)
{
    /// <summary>Tags the purge's DELETE statements: <see cref="AppendOnlyGuard"/> lets only these past.</summary>
    internal const string CommandTag = "RetentionPurge";

    public async Task<RetentionRun> RunAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = Instant.Now(clock);
        var auditCutoff = now.AddMonths(-settings.AuditEntriesMonths);
        var relationsCutoff = now.AddMonths(-settings.EndedRelationsMonths);
        var mailCutoff = now.AddDays(-settings.SentMailDays);
        var run = new RetentionRun { Id = Guid.NewGuid(), StartedAtUtc = now, AuditCutoffUtc = auditCutoff, RelationsCutoffUtc = relationsCutoff };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.RetentionRuns.Add(run);
        await db.SaveChangesAsync(ct);

        run.AuditEntriesDeleted = await db.AuditEntries.TagWith(CommandTag)
            .Where(a => a.OccurredAtUtc < auditCutoff).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.SentNotifications.Where(n => n.QueuedAtUtc < auditCutoff).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.OutboxMessages
            .Where(m => (m.SentAtUtc != null && m.SentAtUtc < mailCutoff) || (m.FailedAtUtc != null && m.FailedAtUtc < mailCutoff))
            .ExecuteDeleteAsync(ct);
        var rateLimitCutoff = new DateTimeOffset(now).AddDays(-1).ToUnixTimeSeconds();
        run.OtherRowsDeleted += await db.RateLimitWindows.Where(w => w.WindowStart < rateLimitCutoff).ExecuteDeleteAsync(ct);
        var sendingsCutoff = now.AddDays(-1);
        run.OtherRowsDeleted += await db.FormSendings.Where(f => f.SentAtUtc < sendingsCutoff).ExecuteDeleteAsync(ct);
        await new EndedRelationsPurge(db, run, CommandTag).RunAsync(relationsCutoff, ct);

        run.CompletedAtUtc = Instant.Now(clock);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Purged(logger, auditCutoff, relationsCutoff, run.AuditEntriesDeleted, run.ConsentRecordsDeleted, run.RelationsDeleted,
            run.PeopleDeleted, run.OtherRowsDeleted, run.FeedbackAnonymised);
        return run;
    }

    [LoggerMessage(EventId = 301, Level = LogLevel.Information,
        Message = "Retention run: audit cut-off {AuditCutoffUtc:O}, relations cut-off {RelationsCutoffUtc:O}; deleted {AuditEntries} audit entries, {ConsentRecords} consent records, {Relations} relations, {People} people, {Other} other rows; anonymised {Feedback} feedback")]
    private static partial void Purged(
        ILogger logger, DateTime auditCutoffUtc, DateTime relationsCutoffUtc, int auditEntries, int consentRecords, int relations,
        int people, int other, int feedback);
}
