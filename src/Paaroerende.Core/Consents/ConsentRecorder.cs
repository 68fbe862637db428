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
public sealed class ConsentRecorder(
    PortalDbContext db, AuditLog audit, StaffScope scope, RelativeNotices notices, ConsentChangePreview preview, TimeProvider clock)
{
    public async Task<Guid> NominateAsync(string staffUserId, NominationCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        await EnsureStaffMayActAsync(staffUserId, command.CitizenId, ct);
        var personId = command.ExistingPersonId ?? AddPerson(command);
        var birthDate = command.ExistingPersonId is { } existing
            ? await db.People.Where(p => p.Id == existing).Select(p => p.BirthDate).SingleAsync(ct)
            : command.RelativeBirthDate;
        var relation = new Relation
        {
            Id = Guid.NewGuid(),
            CitizenId = command.CitizenId,
            PersonId = personId,
            Kind = command.Kind,
            // Kept for the history of what staff knew at nomination; pages read the age from the birth date.
            RelativeIsMinor = YoungRelatives.IsMinorAt(birthDate, nominatedAsMinor: false, Instant.Now(clock)),
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

    /// <summary>
    /// The records a command would append: one for each topic whose decision differs from its line's newest record
    /// (level, validity, scope, or an earlier disclosure start for a grant). The consent form previews exactly these.
    /// </summary>
    public async Task<IReadOnlyList<LineProposal>> ProposeAsync(string staffUserId, ConsentCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var relation = await RelationToRecordOnAsync(staffUserId, command.RelationId, ct);
        var latest = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.RelationId == relation.Id && c.Basis == command.Basis)
            .GroupBy(c => c.Topic)
            .Select(g => g.OrderByDescending(c => c.RecordedAtUtc).First())
            .ToDictionaryAsync(c => c.Topic, ct);
        var topics = command.Topics
            .Where(t => Enum.IsDefined(t.Topic) && Enum.IsDefined(t.Level))
            .DistinctBy(t => t.Topic)
            .ToList();
        var basis = await BasisOfAsync(relation, command, topics, ct);
        IReadOnlyList<LineProposal> proposals = [.. topics
            .Select(t => new LineProposal(relation.Id, t.Topic, command.Basis, t.Level,
                KeepOrTruncate(t.ValidFromUtc, latest.GetValueOrDefault(t.Topic)?.ValidFromUtc),
                Capped(t, latest.GetValueOrDefault(t.Topic)?.ValidUntilUtc, basis.EndsUtc),
                t.DisclosesFromUtc is { } shown && ConsentRule.Grants(t.Level) ? Instant.Truncate(shown) : null,
                basis.Scope, basis.Document, basis.ExpiresUtc))
            .Where(p => Changes(latest.GetValueOrDefault(p.Topic), p))];
        await EnsureOldEnoughAsync(db, relation.PersonId, proposals, ct);
        return proposals;
    }

    /// <summary>
    /// Refuses a grant a child under 15 cannot be given (ADR 0038); the citizen's own form passes through the same check.
    /// </summary>
    internal static async Task EnsureOldEnoughAsync(
        PortalDbContext db, Guid personId, IReadOnlyList<LineProposal> proposals, CancellationToken ct)
    {
        if (proposals.All(p => YoungRelatives.ChildMayHave(p.Topic, p.Level)))
        {
            return;
        }

        var birthDate = await db.People.Where(p => p.Id == personId).Select(p => p.BirthDate).SingleAsync(ct);
        var tooYoung = YoungRelatives.TooYoungFor(birthDate, proposals.Select(p => (p.Topic, p.Level, p.ValidFromUtc)));
        if (tooYoung.Count > 0)
        {
            throw new TooYoungForTopicException(tooYoung);
        }
    }

    /// <summary>
    /// Checks that the basis holds for every decision other than "no access" (a withdrawal always may be recorded) and
    /// gives what the records keep of it and when it ends by itself: custody at the citizen's 18th birthday, a document
    /// at its expiry. Refuses custody for an adult citizen, and fuldmagt or værgemål without their document.
    /// </summary>
    private async Task<BasisFacts> BasisOfAsync(
        Relation relation, ConsentCommand command, IReadOnlyList<TopicDecision> topics, CancellationToken ct)
    {
        var decided = topics.Where(t => t.Level != ConsentLevel.None).ToList();
        if (command.Basis == ConsentBasis.ParentalCustody)
        {
            var birthDate = await db.Citizens.Where(c => c.Id == relation.CitizenId).Select(c => c.BirthDate).SingleAsync(ct);
            var custodyEnds = LegalBasisRules.CustodyEndsUtc(birthDate);
            if (decided.Any(t => t.ValidFromUtc >= custodyEnds) || (decided.Count > 0 && Instant.Now(clock) >= custodyEnds))
            {
                throw new LegalBasisRefusedException(LegalBasisProblem.CustodyForAdult);
            }

            return new BasisFacts(null, null, null, custodyEnds);
        }

        if (!LegalBasisRules.RestsOnDocument(command.Basis))
        {
            return new BasisFacts(command.BasisScope, null, null, null);
        }

        var scope = string.IsNullOrWhiteSpace(command.BasisScope) ? null : command.BasisScope.Trim();
        var document = string.IsNullOrWhiteSpace(command.BasisDocument) ? null : command.BasisDocument.Trim();
        var expires = command.BasisExpiresUtc is { } e ? Instant.Truncate(e) : (DateTime?)null;
        if (decided.Count > 0)
        {
            var problem = scope is null ? LegalBasisProblem.ScopeMissing
                : document is null ? LegalBasisProblem.DocumentMissing
                : expires is null && LegalBasisRules.ExpiryRequired(command.Basis) ? LegalBasisProblem.ExpiryMissing
                : decided.Any(t => t.ValidFromUtc >= expires) ? LegalBasisProblem.DocumentExpired
                : (LegalBasisProblem?)null;
            if (problem is { } refused)
            {
                throw new LegalBasisRefusedException(refused);
            }
        }

        return new BasisFacts(scope, document, expires, expires);
    }

    /// <summary>A decision's end, never later than the end of its basis; "no access" keeps the end it was given.</summary>
    private static DateTime? Capped(TopicDecision decision, DateTime? currentUntilUtc, DateTime? basisEndsUtc)
    {
        var until = decision.ValidUntilUtc is { } u ? KeepOrTruncate(u, currentUntilUtc) : (DateTime?)null;
        return decision.Level == ConsentLevel.None ? until : LegalBasisRules.Cap(until, basisEndsUtc);
    }

    /// <summary>What the records keep of the basis, and the instant it ends by itself (none: it does not).</summary>
    private sealed record BasisFacts(string? Scope, string? Document, DateTime? ExpiresUtc, DateTime? EndsUtc);

    /// <summary>
    /// Appends the records <see cref="ProposeAsync"/> gives. The relative is told by mail only when what they can see
    /// changes (a topic now, a decided start or end, the disclosed period); a change they cannot notice, such as kept out
    /// on a topic they never saw, sends nothing.
    /// </summary>
    /// <returns>How many records were added.</returns>
    public async Task<int> RecordConsentsAsync(string staffUserId, ConsentCommand command, CancellationToken ct = default)
    {
        var proposals = await ProposeAsync(staffUserId, command, ct);
        if (proposals.Count == 0)
        {
            return 0;
        }

        var relation = await RelationToRecordOnAsync(staffUserId, command.RelationId, ct);
        var now = Instant.Now(clock);
        var changes = await preview.PreviewAsync(relation.Id, proposals, now, ct);
        var recordedAt = await ConsentAppend.RecordedAtAsync(
            db.ConsentRecords.Where(c => c.RelationId == relation.Id && c.Basis == command.Basis), now, ct);
        foreach (var p in proposals)
        {
            ConsentAppend.Append(db, audit, relation, p, command.GivenHow, staffUserId, recordedAt, command.Note);
        }

        if (changes.Changes.Count > 0)
        {
            await notices.QueueAsync(relation.Id, NotificationKind.ConsentChanged, ct);
        }

        await db.SaveChangesAsync(ct);
        return proposals.Count;
    }

    public async Task EndRelationAsync(
        string staffUserId, Guid relationId, RelationEndedBy endedBy, string reason, CancellationToken ct = default)
    {
        var relation = await db.Relations.SingleOrDefaultAsync(r => r.Id == relationId, ct)
            ?? throw new NotFoundException();
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
            ?? throw new NotFoundException();
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

    /// <summary>
    /// The line's own instant when the form handed it back unchanged (older records may hold finer digits than a
    /// microsecond), otherwise the instant cut to what every database keeps.
    /// </summary>
    private static DateTime KeepOrTruncate(DateTime instant, DateTime? current) =>
        instant == current ? instant : Instant.Truncate(instant);

    private static bool Changes(ConsentRecord? current, LineProposal proposal) =>
        current is null
            ? proposal.Level != ConsentLevel.None
            : !(current.Level == ConsentLevel.None && proposal.Level == ConsentLevel.None)
              && (current.Level != proposal.Level
                  || current.ValidFromUtc != proposal.ValidFromUtc
                  || current.ValidUntilUtc != proposal.ValidUntilUtc
                  || current.BasisScope != proposal.BasisScope
                  || current.BasisDocument != proposal.BasisDocument
                  || current.BasisExpiresUtc != proposal.BasisExpiresUtc
                  || proposal.DisclosesFromUtc < (current.DisclosesFromUtc ?? DateTime.MaxValue));

    private async Task<Relation> RelationToRecordOnAsync(string staffUserId, Guid relationId, CancellationToken ct)
    {
        var relation = await db.Relations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == relationId, ct)
            ?? throw new NotFoundException();
        await EnsureStaffMayActAsync(staffUserId, relation.CitizenId, ct);
        if (relation.EndedAtUtc is not null)
        {
            throw new InvalidOperationException("Consent cannot be recorded on an ended relation.");
        }

        return relation;
    }

    private Guid AddPerson(NominationCommand command)
    {
        var person = new Person
        {
            Id = Guid.NewGuid(),
            FirstName = command.FirstName,
            LastName = command.LastName,
            Email = command.Email,
            Phone = command.Phone,
            BirthDate = command.RelativeBirthDate,
        };
        db.People.Add(person);
        return person.Id;
    }

    private async Task EnsureStaffMayActAsync(string staffUserId, Guid citizenId, CancellationToken ct)
    {
        if (!await scope.CanActOnCitizenAsync(staffUserId, citizenId, ct))
        {
            throw new NotFoundException();
        }
    }
}
