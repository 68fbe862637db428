using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Notifications;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Consents;

/// <summary>
/// Staff record nominations, consents and the end of relations here. Each call is one transaction with its audit
/// entries and the relative's notice mail: it is stored whole or not at all. Consent history is only ever added to.
/// </summary>
public sealed class ConsentRecorder(PortalDbContext db, AuditLog audit, StaffScope scope, RelativeNotices notices, TimeProvider clock)
{
    public async Task<Guid> NominateAsync(string staffUserId, NominationCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        await EnsureStaffMayActAsync(staffUserId, command.CitizenId, ct);
        var personId = command.ExistingPersonId ?? AddPerson(command);
        var relation = new Relation
        {
            Id = Guid.NewGuid(),
            CitizenId = command.CitizenId,
            PersonId = personId,
            Kind = command.Kind,
            RelativeIsMinor = command.RelativeIsMinor,
            NominationMethod = command.HowGiven,
            RecordedAtUtc = Instant.Now(clock),
            RecordedByUserId = staffUserId,
        };
        db.Relations.Add(relation);
        audit.Add(staffUserId, AuditAction.RelationRecorded, AuditOutcome.Recorded, command.CitizenId, personId,
            relation.Id, detail: command.Kind.ToString());
        await db.SaveChangesAsync(ct);
        return relation.Id;
    }

    /// <summary>Appends a record for every topic whose decision differs from the one in force on its line.</summary>
    /// <returns>How many records were added.</returns>
    public async Task<int> RecordConsentsAsync(string staffUserId, ConsentCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var relation = await db.Relations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.RelationId, ct)
            ?? throw new CitizenNotFoundException();
        await EnsureStaffMayActAsync(staffUserId, relation.CitizenId, ct);
        if (relation.EndedAtUtc is not null)
        {
            throw new InvalidOperationException("Consent cannot be recorded on an ended relation.");
        }

        var latest = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.RelationId == relation.Id && c.Basis == command.Basis)
            .GroupBy(c => c.Topic)
            .Select(g => g.OrderByDescending(c => c.RecordedAtUtc).First())
            .ToDictionaryAsync(c => c.Topic, ct);

        var now = Instant.Now(clock);
        var added = 0;
        foreach (var (topic, level) in command.Levels)
        {
            latest.TryGetValue(topic, out var current);
            if (!Changes(current, level, command))
            {
                continue;
            }

            // A line's records are strictly ordered in time, so "the newest" is never a tie.
            var recordedAt = current is not null && current.RecordedAtUtc >= now ? current.RecordedAtUtc.AddTicks(10) : now;
            db.ConsentRecords.Add(new ConsentRecord
            {
                Id = Guid.NewGuid(),
                RelationId = relation.Id,
                Topic = topic,
                Level = level,
                Basis = command.Basis,
                BasisScope = command.BasisScope,
                GivenHow = command.GivenHow,
                ValidFromUtc = Instant.Truncate(command.ValidFromUtc),
                ValidUntilUtc = command.ValidUntilUtc is { } until ? Instant.Truncate(until) : null,
                RecordedAtUtc = recordedAt,
                RecordedByUserId = staffUserId,
                Note = command.Note,
            });
            audit.Add(staffUserId, AuditAction.ConsentRecorded, AuditOutcome.Recorded, relation.CitizenId,
                relation.PersonId, relation.Id, topic, $"{command.Basis}:{level}");
            added++;
        }

        if (added > 0)
        {
            await notices.QueueAsync(relation.Id, NotificationKind.ConsentChanged, ct);
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    public async Task EndRelationAsync(
        string staffUserId, Guid relationId, RelationEndedBy endedBy, string reason, CancellationToken ct = default)
    {
        var relation = await db.Relations.SingleOrDefaultAsync(r => r.Id == relationId, ct)
            ?? throw new CitizenNotFoundException();
        await EnsureStaffMayActAsync(staffUserId, relation.CitizenId, ct);
        if (relation.EndedAtUtc is null)
        {
            await notices.QueueAsync(relation.Id, NotificationKind.RelationEnded, ct);
        }

        End(relation, staffUserId, endedBy, reason);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The relative ends their own relation. Only a relation of a person record behind the relative's own sign-in can
    /// be ended this way; anything else is the same "not found" as a citizen that does not exist. No notice mail: the
    /// relative did it and the page has just said so.
    /// </summary>
    public async Task EndRelationAsRelativeAsync(string relativeUserId, Guid relationId, string? reason, CancellationToken ct = default)
    {
        var ownPerson = db.Users.Where(u => u.Id == relativeUserId).Select(u => u.PersonId);
        var relation = await db.Relations.SingleOrDefaultAsync(
                r => r.Id == relationId && (r.Person!.UserId == relativeUserId || ownPerson.Contains(r.PersonId)), ct)
            ?? throw new CitizenNotFoundException();
        End(relation, relativeUserId, RelationEndedBy.Relative, reason);
        await db.SaveChangesAsync(ct);
    }

    private void End(Relation relation, string userId, RelationEndedBy endedBy, string? reason)
    {
        if (relation.EndedAtUtc is not null)
        {
            return;
        }

        relation.EndedAtUtc = Instant.Now(clock);
        relation.EndedByUserId = userId;
        relation.EndedBy = endedBy;
        relation.EndReason = reason;
        audit.Add(userId, AuditAction.RelationEnded, AuditOutcome.Recorded, relation.CitizenId,
            relation.PersonId, relation.Id, detail: endedBy.ToString());
    }

    private static bool Changes(ConsentRecord? current, ConsentLevel level, ConsentCommand command) =>
        current is null
            ? level != ConsentLevel.None
            : current.Level != level
              || current.ValidFromUtc != Instant.Truncate(command.ValidFromUtc)
              || current.ValidUntilUtc != (command.ValidUntilUtc is { } u ? Instant.Truncate(u) : null)
              || current.BasisScope != command.BasisScope;

    private Guid AddPerson(NominationCommand command)
    {
        var person = new Person
        {
            Id = Guid.NewGuid(),
            FirstName = command.FirstName,
            LastName = command.LastName,
            Email = command.Email,
            Phone = command.Phone,
        };
        db.People.Add(person);
        return person.Id;
    }

    private async Task EnsureStaffMayActAsync(string staffUserId, Guid citizenId, CancellationToken ct)
    {
        if (!await scope.CanActOnCitizenAsync(staffUserId, citizenId, ct))
        {
            throw new CitizenNotFoundException();
        }
    }
}
