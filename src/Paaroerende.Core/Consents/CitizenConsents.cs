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
public sealed class CitizenConsents(PortalDbContext db, AuditLog audit, RelativeNotices notices, TimeProvider clock)
{
    /// <summary>Appends a record for each topic whose level differs from the one in force on the citizen's line.</summary>
    /// <returns>The moment the change was recorded (its receipt's time), or null when nothing changed.</returns>
    public async Task<DateTime?> RecordAsync(
        string citizenUserId, Guid citizenId, Guid relationId, IReadOnlyDictionary<ConsentTopic, ConsentLevel> levels,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var relation = await OwnRelationAsync(citizenId, relationId, ct);
        if (relation.EndedAtUtc is not null)
        {
            throw new InvalidOperationException("Consent cannot be recorded on an ended relation.");
        }

        var now = Instant.Now(clock);
        var current = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.RelationId == relationId && c.Basis == ConsentBasis.CitizenConsent)
            .NewestAt(now)
            .ToDictionaryAsync(c => c.Topic, ct);

        // One moment for the whole change, later than every record on the relation, so the receipt is exactly it.
        var newest = await db.ConsentRecords.Where(c => c.RelationId == relationId)
            .MaxAsync(c => (DateTime?)c.RecordedAtUtc, ct);
        var recordedAt = newest is { } n && n >= now ? n.AddTicks(10) : now;
        var added = 0;
        foreach (var (topic, level) in levels.Where(l => Enum.IsDefined(l.Key) && Enum.IsDefined(l.Value)))
        {
            current.TryGetValue(topic, out var line);
            var inForce = line is not null && ConsentLines.Covers(line.ValidFromUtc, line.ValidUntilUtc, now);
            var levelNow = inForce ? line!.Level : ConsentLevel.None;
            if (levelNow == level)
            {
                continue;
            }

            db.ConsentRecords.Add(new ConsentRecord
            {
                Id = Guid.NewGuid(),
                RelationId = relationId,
                Topic = topic,
                Level = level,
                Basis = ConsentBasis.CitizenConsent,
                GivenHow = HowGiven.Digital,
                ValidFromUtc = now,
                ValidUntilUtc = inForce && level != ConsentLevel.None ? line!.ValidUntilUtc : null,
                RecordedAtUtc = recordedAt,
                RecordedByUserId = citizenUserId,
            });
            audit.Add(citizenUserId, AuditAction.ConsentRecorded, AuditOutcome.Recorded, citizenId,
                relation.PersonId, relationId, topic, $"{ConsentBasis.CitizenConsent}:{level}");
            added++;
        }

        if (added == 0)
        {
            return null;
        }

        await notices.QueueAsync(relationId, NotificationKind.ConsentChanged, ct);
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
        ?? throw new CitizenNotFoundException();
}
