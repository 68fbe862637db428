using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Invitations;

/// <summary>
/// The citizen names a relative themself (ADR 0043). The nomination is a wish that waits for the relative's own MitID:
/// nothing is recorded that the gate could read until then, so a typo in an address, or a mail read by the wrong
/// person, shows nobody anything. Acceptance starts the relation and exactly the chosen consents, on the citizen's own
/// word (recorded by the citizen's sign-in, basis the citizen's consent, given digitally), in the caller's transaction.
/// </summary>
public sealed class CitizenNominations(PortalDbContext db, AuditLog audit, TimeProvider clock)
    : OneTimeInvitationStore<CitizenNomination>(db, clock)
{
    /// <summary>
    /// Adds the nomination (and its audit entry) to the pending changes and returns the link's token, which only the
    /// mail will hold; the caller queues the mail and saves both together. Refuses what a child cannot be given
    /// (<see cref="TooYoungForTopicException"/>, nothing added).
    /// </summary>
    public (CitizenNomination Nomination, string Token) Nominate(string citizenUserId, Guid citizenId, NewNomination wish)
    {
        ArgumentNullException.ThrowIfNull(wish);
        var now = Now;
        // Only grants are kept: a relative who does not exist yet has nothing to be kept out of or withdrawn from.
        var chosen = wish.Levels.Where(l => Enum.IsDefined(l.Key) && ConsentRule.Grants(l.Value)).ToList();
        var tooYoung = YoungRelatives.TooYoungFor(wish.BirthDate, chosen.Select(l => (l.Key, l.Value, now)));
        if (tooYoung.Count > 0)
        {
            throw new TooYoungForTopicException(tooYoung);
        }

        var nomination = new CitizenNomination
        {
            CitizenId = citizenId,
            FirstName = wish.FirstName,
            LastName = wish.LastName,
            Email = wish.Email,
            Kind = wish.Kind,
            BirthDate = wish.BirthDate,
            NominatedByUserId = citizenUserId,
        };
        var token = Add(nomination);
        nomination.Topics.AddRange(chosen.Select(l => new CitizenNominationTopic { NominationId = nomination.Id, Topic = l.Key, Level = l.Value }));
        audit.Add(citizenUserId, AuditAction.NominationSent, AuditOutcome.Recorded, citizenId, detail: wish.Kind.ToString(), itemId: nomination.Id);
        return (nomination, token);
    }

    /// <summary>The citizen's nominations that still wait for an answer (withdrawn and accepted ones are history).</summary>
    public IQueryable<CitizenNomination> Waiting(Guid citizenId) =>
        Db.CitizenNominations.Where(n => n.CitizenId == citizenId && n.AcceptedAtUtc == null && n.WithdrawnAtUtc == null);

    /// <summary>
    /// Withdraws one of the citizen's own waiting nominations: its link stops working at once. False when there is none
    /// such (another citizen's, unknown, already accepted or withdrawn).
    /// </summary>
    public async Task<bool> WithdrawAsync(string citizenUserId, Guid citizenId, Guid nominationId, CancellationToken ct = default)
    {
        var now = Now;
        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        var withdrawn = await Waiting(citizenId).Where(n => n.Id == nominationId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.WithdrawnAtUtc, now), ct) == 1;
        if (withdrawn)
        {
            audit.Add(citizenUserId, AuditAction.NominationWithdrawn, AuditOutcome.Recorded, citizenId, itemId: nominationId);
            await Db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return withdrawn;
    }

    /// <summary>A withdrawn nomination's link stops working at once, also between opening it and using it.</summary>
    protected override IQueryable<CitizenNomination> Open(IQueryable<CitizenNomination> invitations) =>
        invitations.Where(n => n.WithdrawnAtUtc == null);

    protected override IQueryable<CitizenNomination> StillUsable(IQueryable<CitizenNomination> invitations) => Open(invitations);

    /// <summary>
    /// Starts what the nomination asked for, in the pending changes: a new person record linked to the sign-in, the
    /// relation and the chosen consents from this moment, recorded on the citizen's word; audited step by step.
    /// </summary>
    public async Task<Relation> StartAsync(CitizenNomination nomination, string relativeUserId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        var now = Now;
        var topics = await Db.CitizenNominationTopics.AsNoTracking().Where(t => t.NominationId == nomination.Id).ToListAsync(ct);
        var tooYoung = YoungRelatives.TooYoungFor(nomination.BirthDate, topics.Select(t => (t.Topic, t.Level, now)));
        if (tooYoung.Count > 0)
        {
            throw new TooYoungForTopicException(tooYoung);
        }

        // Always a new person record, as when staff nominate: one sign-in may stand behind several (ADR 0008).
        var person = new Person
        {
            Id = Guid.NewGuid(), FirstName = nomination.FirstName, LastName = nomination.LastName, Email = nomination.Email,
            BirthDate = nomination.BirthDate, UserId = relativeUserId,
        };
        var relation = new Relation
        {
            Id = Guid.NewGuid(),
            CitizenId = nomination.CitizenId,
            PersonId = person.Id,
            Kind = nomination.Kind,
            RelativeIsMinor = YoungRelatives.IsMinorAt(nomination.BirthDate, nominatedAsMinor: false, now),
            NominationMethod = HowGiven.Digital,
            RecordedAtUtc = now,
            RecordedByUserId = nomination.NominatedByUserId,
        };
        Db.AddRange(person, relation);
        audit.Add(relativeUserId, AuditAction.NominationAccepted, AuditOutcome.Recorded, nomination.CitizenId, person.Id, relation.Id);
        audit.Add(nomination.NominatedByUserId, AuditAction.RelationRecorded, AuditOutcome.Recorded, nomination.CitizenId,
            person.Id, relation.Id, detail: nomination.Kind.ToString());
        foreach (var topic in topics)
        {
            var decision = new LineProposal(
                relation.Id, topic.Topic, ConsentBasis.CitizenConsent, topic.Level, ValidFromUtc: now, ValidUntilUtc: null,
                DisclosesFromUtc: null, BasisScope: null);
            ConsentAppend.Append(Db, audit, relation, decision, HowGiven.Digital, nomination.NominatedByUserId, now);
        }

        Db.CitizenNominations.Attach(nomination);
        nomination.RelationId = relation.Id;
        return relation;
    }
}

/// <summary>What the citizen asks for: who, how related, where to send the link, and the level per chosen topic.</summary>
public sealed record NewNomination(
    string FirstName, string LastName, string Email, RelationKind Kind, DateOnly? BirthDate,
    IReadOnlyDictionary<ConsentTopic, ConsentLevel> Levels);
