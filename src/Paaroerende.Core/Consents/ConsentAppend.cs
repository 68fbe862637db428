using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Consents;

/// <summary>
/// The one way a decision enters the append-only consent history: staff's recorder, the citizen's own form and an
/// accepted nomination all append a <see cref="LineProposal"/> here, as a new record with its audit entry, in the
/// caller's pending changes. Saving them keeps the current-access table in the same transaction (PortalDbContext).
/// </summary>
public static class ConsentAppend
{
    /// <summary>
    /// When new decisions are recorded: now, or just after the newest of <paramref name="earlier"/> when the clock has not
    /// passed it yet, so a line's records are strictly ordered in time and "the newest" is never a tie.
    /// </summary>
    public static async Task<DateTime> RecordedAtAsync(IQueryable<ConsentRecord> earlier, DateTime now, CancellationToken ct)
    {
        var newest = await earlier.MaxAsync(c => (DateTime?)c.RecordedAtUtc, ct);
        return newest is { } n && n >= now ? n.AddTicks(10) : now;
    }

    public static void Append(
        PortalDbContext db, AuditLog audit, Relation relation, LineProposal decision, HowGiven givenHow,
        string recordedByUserId, DateTime recordedAtUtc, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(decision);
        db.ConsentRecords.Add(new ConsentRecord
        {
            Id = Guid.NewGuid(),
            RelationId = relation.Id,
            Topic = decision.Topic,
            Level = decision.Level,
            Basis = decision.Basis,
            BasisScope = decision.BasisScope,
            BasisDocument = decision.BasisDocument,
            BasisExpiresUtc = decision.BasisExpiresUtc,
            GivenHow = givenHow,
            ValidFromUtc = decision.ValidFromUtc,
            ValidUntilUtc = decision.ValidUntilUtc,
            DisclosesFromUtc = decision.DisclosesFromUtc,
            RecordedAtUtc = recordedAtUtc,
            RecordedByUserId = recordedByUserId,
            Note = note,
        });
        audit.Add(recordedByUserId, AuditAction.ConsentRecorded, AuditOutcome.Recorded, relation.CitizenId,
            relation.PersonId, relation.Id, decision.Topic, $"{decision.Basis}:{decision.Level}");
    }
}
