using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

/// <summary>Writes audit entries. Changes are audited in the same SaveChanges as the change itself.</summary>
public sealed class AuditLog(PortalDbContext db, TimeProvider clock)
{
    /// <summary>Adds an entry to the pending changes; it is stored with them or not at all.</summary>
    public void Add(
        string actorUserId, AuditAction action, AuditOutcome outcome, Guid? citizenId = null, Guid? personId = null,
        Guid? relationId = null, ConsentTopic? topic = null, string? detail = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.NewGuid(),
            OccurredAtUtc = Instant.Now(clock),
            ActorUserId = actorUserId,
            Action = action,
            Outcome = outcome,
            CitizenId = citizenId,
            PersonId = personId,
            RelationId = relationId,
            Topic = topic,
            Detail = detail,
        });
    }

    /// <summary>Records a relative's read — allowed with the topics shown, or denied — and stores it at once.</summary>
    public async Task RecordRelativeReadAsync(
        string actorUserId, Guid? personId, Guid citizenId, IReadOnlyCollection<ConsentTopic>? topicsShown,
        CancellationToken cancellationToken = default)
    {
        AddRelativeRead(actorUserId, personId, citizenId, topicsShown);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds a relative's read to the pending changes, for pages that show several citizens at once.</summary>
    public void AddRelativeRead(
        string actorUserId, Guid? personId, Guid citizenId, IReadOnlyCollection<ConsentTopic>? topicsShown)
    {
        if (topicsShown is null)
        {
            Add(actorUserId, AuditAction.RelativeReadDenied, AuditOutcome.Denied, citizenId, personId);
        }
        else if (topicsShown.Count == 0)
        {
            Add(actorUserId, AuditAction.RelativeRead, AuditOutcome.Allowed, citizenId, personId, detail: "NoTopics");
        }
        else
        {
            foreach (var topic in topicsShown)
            {
                Add(actorUserId, AuditAction.RelativeRead, AuditOutcome.Allowed, citizenId, personId, topic: topic);
            }
        }
    }
}
