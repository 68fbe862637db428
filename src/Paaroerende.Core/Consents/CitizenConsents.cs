using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Notifications;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Consents;

/// <summary>
/// The citizen steers their own consents: the same append-only rules as <see cref="ConsentRecorder"/>, but the actor is
/// the citizen, the basis is always the citizen's own consent (never a guardianship or power of attorney line) and it
/// is given digitally. Each call is one SaveChanges with its audit entries and the relative's notice mail.
/// </summary>
public sealed class CitizenConsents(
    PortalDbContext db, AuditLog audit, RelativeNotices notices, ConsentChangePreview preview, TimeProvider clock)
{
    /// <summary>
    /// The records the citizen's choices would append on their own line at the moment: one for each topic whose level,
    /// end or disclosure differs from the line's decision. A grant that stays a grant keeps its start (so it continues
    /// without a gap, and the relative keeps the updates it showed); anything else starts at the moment.
    /// </summary>
    public async Task<IReadOnlyList<LineProposal>> ProposeAsync(
        Guid citizenId, Guid relationId, IReadOnlyList<CitizenTopicChoice> choices, DateTime atUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var relation = await OwnRelationAsync(citizenId, relationId, ct);
        if (relation.EndedAtUtc is not null)
        {
            throw new InvalidOperationException("Consent cannot be recorded on an ended relation.");
        }

        var current = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.RelationId == relationId && c.Basis == ConsentBasis.CitizenConsent)
            .NewestOfLineAt(atUtc)
            .ToDictionaryAsync(c => c.Topic, ct);
        var proposals = new List<LineProposal>();
        foreach (var choice in choices.Where(c => Enum.IsDefined(c.Topic) && Enum.IsDefined(c.Level)).DistinctBy(c => c.Topic))
        {
            var line = current.GetValueOrDefault(choice.Topic);
            var notOver = line is not null && (line.ValidUntilUtc is null || line.ValidUntilUtc > atUtc);
            var levelNow = notOver ? line!.Level : ConsentLevel.None;
            var continues = notOver && ConsentRule.Grants(line!.Level) && ConsentRule.Grants(choice.Level);
            var proposal = new LineProposal(
                relationId, choice.Topic, ConsentBasis.CitizenConsent, choice.Level,
                continues ? line!.ValidFromUtc : atUtc,
                choice.Level == ConsentLevel.None ? null : choice.ValidUntilUtc is { } until ? Instant.Truncate(until) : null,
                choice.DisclosesFromUtc is { } shown && ConsentRule.Grants(choice.Level) ? Instant.Truncate(shown) : null,
                null);
            var unchanged = levelNow == proposal.Level
                && (proposal.Level == ConsentLevel.None
                    || (line!.ValidFromUtc == proposal.ValidFromUtc && line.ValidUntilUtc == proposal.ValidUntilUtc
                        && !(proposal.DisclosesFromUtc < (line.DisclosesFromUtc ?? DateTime.MaxValue))));
            if (!unchanged)
            {
                proposals.Add(proposal);
            }
        }

        await ConsentRecorder.EnsureOldEnoughAsync(db, relation.PersonId, proposals, ct);
        return proposals;
    }

    /// <summary>
    /// Appends the records <see cref="ProposeAsync"/> gives, all at one moment later than every record on the relation
    /// (so the receipt is exactly that moment). The relative is told only when what they can see changes.
    /// </summary>
    /// <returns>The moment the change was recorded (its receipt's time), or null when nothing changed.</returns>
    public async Task<DateTime?> RecordAsync(
        string citizenUserId, Guid citizenId, Guid relationId, IReadOnlyList<CitizenTopicChoice> choices,
        CancellationToken ct = default)
    {
        var now = Instant.Now(clock);
        var proposals = await ProposeAsync(citizenId, relationId, choices, now, ct);
        if (proposals.Count == 0)
        {
            return null;
        }

        var relation = await OwnRelationAsync(citizenId, relationId, ct);
        var changes = await preview.PreviewAsync(relationId, proposals, now, ct);
        var recordedAt = await ConsentAppend.RecordedAtAsync(db.ConsentRecords.Where(c => c.RelationId == relationId), now, ct);
        foreach (var p in proposals)
        {
            ConsentAppend.Append(db, audit, relation, p, HowGiven.Digital, citizenUserId, recordedAt);
        }

        if (changes.Changes.Count > 0)
        {
            await notices.QueueAsync(relationId, NotificationKind.ConsentChanged, ct);
        }

        await db.SaveChangesAsync(ct);
        return recordedAt;
    }

    /// <summary>Ends one of the citizen's own relations at once. Ending an ended relation changes nothing.</summary>
    public async Task EndRelationAsync(string citizenUserId, Guid citizenId, Guid relationId, CancellationToken ct = default)
    {
        var relation = await OwnRelationAsync(citizenId, relationId, ct);
        if (relation.EndedAtUtc is not null)
        {
            return;
        }

        await notices.QueueAsync(relation.Id, NotificationKind.RelationEnded, ct);
        relation.EndedAtUtc = Instant.Now(clock);
        relation.EndedByUserId = citizenUserId;
        relation.EndedBy = RelationEndedBy.Citizen;
        audit.Add(citizenUserId, AuditAction.RelationEnded, AuditOutcome.Recorded, citizenId, relation.PersonId,
            relation.Id, detail: nameof(RelationEndedBy.Citizen));
        await db.SaveChangesAsync(ct);
    }

    private async Task<Relation> OwnRelationAsync(Guid citizenId, Guid relationId, CancellationToken ct) =>
        await db.Relations.SingleOrDefaultAsync(r => r.Id == relationId && r.CitizenId == citizenId, ct)
        ?? throw new NotFoundException();
}
