using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

/// <summary>
/// Writes audit entries. Changes are audited in the same SaveChanges as the change itself; a relative's reads are stored
/// before the page answers, through <paramref name="readWriter"/> (group commit, docs/adr/0050) where the host has one, else
/// by an INSERT of their own.
/// </summary>
public sealed class AuditLog(PortalDbContext db, TimeProvider clock, AuditReadWriter? readWriter = null)
{
    /// <summary>Adds an entry to the pending changes; it is stored with them or not at all.</summary>
    public void Add(
        string actorUserId, AuditAction action, AuditOutcome outcome, Guid? citizenId = null, Guid? personId = null,
        Guid? relationId = null, ConsentTopic? topic = null, string? detail = null, Guid? itemId = null)
    {
        var now = Instant.Now(clock);
        db.AuditEntries.Add(new AuditEntry
        {
            Id = AuditEntry.NewId(now),
            OccurredAtUtc = now,
            ActorUserId = actorUserId,
            Action = action,
            Outcome = outcome,
            CitizenId = citizenId,
            PersonId = personId,
            RelationId = relationId,
            Topic = topic,
            Detail = detail,
            ItemId = itemId,
        });
    }

    /// <summary>Records a relative's read — allowed with the topics shown, or denied — and stores it at once.</summary>
    public Task RecordRelativeReadAsync(
        string actorUserId, Guid? personId, Guid citizenId, IReadOnlyCollection<ConsentTopic>? topicsShown,
        CancellationToken cancellationToken = default) =>
        RecordRelativeReadsAsync([new RelativeRead(actorUserId, personId, citizenId, topicsShown)], cancellationToken);

    /// <summary>
    /// Records that a relative's page showed the citizen's general facts (her name, her unit) and no topic: one entry,
    /// its detail naming the page, stored at once in a single INSERT that saves nothing else pending on the context.
    /// </summary>
    public Task RecordRelativePageReadAsync(
        string actorUserId, Guid personId, Guid citizenId, Guid relationId, string page, CancellationToken cancellationToken = default)
    {
        var now = Instant.Now(clock);
        return StoreAsync(
        [
            new AuditEntry
            {
                Id = AuditEntry.NewId(now), OccurredAtUtc = now, ActorUserId = actorUserId, Action = AuditAction.RelativeRead,
                Outcome = AuditOutcome.Allowed, CitizenId = citizenId, PersonId = personId, RelationId = relationId, Detail = page,
            },
        ], cancellationToken);
    }

    /// <summary>
    /// Stores the reads of one page (one entry per topic shown) in a single INSERT, shared with the other requests
    /// waiting at the same moment, so a page showing several citizens and topics costs at most one SQL command for its
    /// audit (issue #7's budget), not one per entry as SaveChanges sends on SQLite. Nothing else pending on the context
    /// is saved by it.
    /// </summary>
    public async Task RecordRelativeReadsAsync(IReadOnlyCollection<RelativeRead> reads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var now = Instant.Now(clock);
        var entries = reads.SelectMany(read => EntriesOf(read, now)).ToList();
        if (entries.Count > 0)
        {
            await StoreAsync(entries, cancellationToken);
        }
    }

    /// <summary>
    /// Reads are stored whether or not the relative is still waiting: once a page has read, its audit is written, so
    /// the shared writer is not given the request's cancellation.
    /// </summary>
    private Task StoreAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) =>
        readWriter is null ? AuditInsert.InsertAsync(db, entries, cancellationToken) : readWriter.WriteAsync(entries);

    private static IEnumerable<AuditEntry> EntriesOf(RelativeRead read, DateTime now)
    {
        AuditEntry Entry(AuditAction action, AuditOutcome outcome, ConsentTopic? topic, string? detail) => new()
        {
            Id = AuditEntry.NewId(now), OccurredAtUtc = now, ActorUserId = read.ActorUserId, Action = action, Outcome = outcome,
            CitizenId = read.CitizenId, PersonId = read.PersonId, Topic = topic, Detail = read.Detail ?? detail, ItemId = read.ItemId,
        };

        if (read.TopicsShown is null)
        {
            yield return Entry(AuditAction.RelativeReadDenied, AuditOutcome.Denied, null, null);
        }
        else if (read.TopicsShown.Count == 0)
        {
            yield return Entry(AuditAction.RelativeRead, AuditOutcome.Allowed, null, "NoTopics");
        }
        else
        {
            foreach (var topic in read.TopicsShown)
            {
                yield return Entry(AuditAction.RelativeRead, AuditOutcome.Allowed, topic, null);
            }
        }
    }
}

/// <summary>
/// A relative's read of one citizen: the topics shown, or null when the read was denied; for a read of one item (a
/// message thread) its id and what kind of item it is.
/// </summary>
public sealed record RelativeRead(
    string ActorUserId, Guid? PersonId, Guid CitizenId, IReadOnlyCollection<ConsentTopic>? TopicsShown, Guid? ItemId = null,
    string? Detail = null);
