using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Updates;

namespace Paaroerende.Core.Consents;

/// <summary>
/// The one place that decides what a relative may see of a citizen. Default deny; no cache, so a withdrawal or an
/// expiry counts from the very next request on every server. Every query here runs in the database.
/// </summary>
/// <remarks>
/// The rules (docs/consent.md): a relative sees topic T of citizen C at time t only through a relation that is active
/// at t. Consent records form one line per relation, topic and basis; the newest record of a line recorded at or
/// before t is that line's decision, and it counts only if its validity covers t — an older record never comes back.
/// A kept-out decision in force on any line wins; otherwise an informed or involved decision in force allows.
/// </remarks>
public sealed class ConsentGate(PortalDbContext db)
{
    /// <summary>The relations of the person that are active at the moment.</summary>
    public IQueryable<Relatives.Relation> ActiveRelations(Guid personId, DateTime atUtc) =>
        db.Relations.Where(r => r.PersonId == personId
            && r.RecordedAtUtc <= atUtc
            && (r.EndedAtUtc == null || r.EndedAtUtc > atUtc));

    /// <summary>
    /// The active relations of every person record behind a sign-in: a relative nominated in two municipalities is two
    /// person records (one per municipality) with one login, and sees both citizens. A person record belongs to the
    /// sign-in when either side of the link names the other (the person's UserId, or the sign-in's PersonId).
    /// </summary>
    public IQueryable<Relatives.Relation> ActiveRelationsOfUser(string userId, DateTime atUtc)
    {
        // Two index look-ups united, not an OR across People and Relations: the OR made the database scan every
        // relation (issue #7's benchmark: 50 ms per look-up at 33,000 relations on SQLite, growing with the data).
        var persons = db.People.Where(p => p.UserId == userId).Select(p => (Guid?)p.Id)
            .Concat(db.Users.Where(u => u.Id == userId).Select(u => u.PersonId));
        return db.Relations.Where(r => persons.Contains(r.PersonId)
            && r.RecordedAtUtc <= atUtc
            && (r.EndedAtUtc == null || r.EndedAtUtc > atUtc));
    }

    /// <summary>
    /// News of the units where the sign-in has an active relation to a citizen. Unit news is general information about
    /// the unit, so no topic consent is needed; the relation is.
    /// </summary>
    public IQueryable<UnitNews> VisibleUnitNews(string userId, DateTime atUtc)
    {
        var units = ActiveRelationsOfUser(userId, atUtc).Select(r => r.Citizen!.UnitId);
        return db.UnitNews.Where(n => n.PublishedAtUtc <= atUtc && units.Contains(n.UnitId));
    }

    /// <summary>The citizens the person may open a page for: general facts (name, unit) and the allowed topics.</summary>
    public IQueryable<Guid> VisibleCitizenIds(Guid personId, DateTime atUtc) =>
        ActiveRelations(personId, atUtc).Select(r => r.CitizenId);

    /// <summary>Each decision line's newest record at the moment, on the person's active relations.</summary>
    public IQueryable<ConsentRecord> CurrentRecords(Guid personId, DateTime atUtc)
    {
        var relations = ActiveRelations(personId, atUtc).Select(r => r.Id);
        var recorded = db.ConsentRecords.Where(c => c.RecordedAtUtc <= atUtc);
        return recorded.Where(c => relations.Contains(c.RelationId)
            && !recorded.Any(newer => newer.RelationId == c.RelationId
                && newer.Topic == c.Topic
                && newer.Basis == c.Basis
                && newer.RecordedAtUtc > c.RecordedAtUtc));
    }

    /// <summary>The current records whose validity covers the moment: the decisions in force.</summary>
    public IQueryable<ConsentRecord> EffectiveRecords(Guid personId, DateTime atUtc) =>
        CurrentRecords(personId, atUtc).Where(c => c.ValidFromUtc <= atUtc
            && (c.ValidUntilUtc == null || c.ValidUntilUtc > atUtc));

    /// <summary>The topics of the citizen the person may see at the moment, as a sub-query for other queries.</summary>
    public IQueryable<ConsentTopic> AllowedTopics(Guid personId, Guid citizenId, DateTime atUtc)
    {
        var effective = EffectiveRecords(personId, atUtc).Where(c => c.Relation!.CitizenId == citizenId);
        return effective
            .Where(c => c.Level == ConsentLevel.Informed || c.Level == ConsentLevel.Involved)
            .Where(c => !effective.Any(k => k.Topic == c.Topic && k.Level == ConsentLevel.KeptOut))
            .Select(c => c.Topic)
            .Distinct();
    }

    /// <summary>The citizen's updates the person may read at the moment, filtered by topic inside the query.</summary>
    public IQueryable<CitizenUpdate> VisibleUpdates(Guid personId, Guid citizenId, DateTime atUtc)
    {
        var topics = AllowedTopics(personId, citizenId, atUtc);
        return db.CitizenUpdates.Where(u => u.CitizenId == citizenId
            && u.PublishedAtUtc <= atUtc
            && topics.Contains(u.Topic));
    }

    /// <summary>
    /// The allowed topics of every citizen behind a set of active relations, per person record: for each person P and
    /// citizen C of those relations exactly what <see cref="AllowedTopics"/> answers for (P, C), when the set holds all
    /// of P's active relations (as <see cref="ActiveRelations"/> and <see cref="ActiveRelationsOfUser"/> do). One query
    /// for a page that shows several citizens, or that needs the gate and its content in one command.
    /// </summary>
    public IQueryable<AllowedTopic> AllowedTopicsOn(IQueryable<Relatives.Relation> activeRelations, DateTime atUtc)
    {
        var relations = activeRelations.Select(r => r.Id);
        var recorded = db.ConsentRecords.Where(c => c.RecordedAtUtc <= atUtc);
        var effective = recorded.Where(c => relations.Contains(c.RelationId)
            && !recorded.Any(newer => newer.RelationId == c.RelationId
                && newer.Topic == c.Topic
                && newer.Basis == c.Basis
                && newer.RecordedAtUtc > c.RecordedAtUtc)
            && c.ValidFromUtc <= atUtc
            && (c.ValidUntilUtc == null || c.ValidUntilUtc > atUtc));
        return effective
            .Where(c => c.Level == ConsentLevel.Informed || c.Level == ConsentLevel.Involved)
            .Where(c => !effective.Any(k => k.Topic == c.Topic && k.Level == ConsentLevel.KeptOut
                && k.Relation!.PersonId == c.Relation!.PersonId && k.Relation.CitizenId == c.Relation.CitizenId))
            .Select(c => new AllowedTopic { PersonId = c.Relation!.PersonId, CitizenId = c.Relation.CitizenId, Topic = c.Topic })
            .Distinct();
    }

    /// <summary>The updates each person record behind the relations may read, filtered by topic inside the query.</summary>
    public IQueryable<VisibleUpdate> VisibleUpdatesOn(IQueryable<Relatives.Relation> activeRelations, DateTime atUtc) =>
        from allowed in AllowedTopicsOn(activeRelations, atUtc)
        join update in db.CitizenUpdates on new { allowed.CitizenId, allowed.Topic } equals new { update.CitizenId, update.Topic }
        where update.PublishedAtUtc <= atUtc
        select new VisibleUpdate
        {
            PersonId = allowed.PersonId, CitizenId = update.CitizenId, Id = update.Id, Topic = update.Topic,
            Title = update.Title, Body = update.Body, PublishedAtUtc = update.PublishedAtUtc,
        };

    /// <summary>May the person see this topic of this citizen at this moment — and why.</summary>
    public async Task<ConsentDecision> DecideAsync(
        Guid personId, Guid citizenId, ConsentTopic topic, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        if (!await VisibleCitizenIds(personId, atUtc).AnyAsync(id => id == citizenId, cancellationToken))
        {
            return ConsentDecision.Deny(ConsentReason.NoActiveRelation);
        }

        var current = await CurrentRecords(personId, atUtc)
            .Where(c => c.Relation!.CitizenId == citizenId && c.Topic == topic)
            .Select(c => new { c.Level, c.ValidFromUtc, c.ValidUntilUtc })
            .ToListAsync(cancellationToken);
        var inForce = current.Where(c => c.ValidFromUtc <= atUtc && (c.ValidUntilUtc == null || c.ValidUntilUtc > atUtc)).ToList();

        if (inForce.Any(c => c.Level == ConsentLevel.KeptOut))
        {
            return ConsentDecision.Deny(ConsentReason.KeptOut);
        }

        var granted = inForce.Where(c => c.Level is ConsentLevel.Informed or ConsentLevel.Involved).ToList();
        if (granted.Count > 0)
        {
            return new ConsentDecision(true, granted.Max(c => c.Level), ConsentReason.Granted);
        }

        return current switch
        {
            [] => ConsentDecision.Deny(ConsentReason.NoConsent),
            _ when current.Any(c => c.ValidUntilUtc <= atUtc) => ConsentDecision.Deny(ConsentReason.Expired),
            _ when current.Any(c => c.ValidFromUtc > atUtc) => ConsentDecision.Deny(ConsentReason.NotYetValid),
            _ => ConsentDecision.Deny(ConsentReason.Withdrawn),
        };
    }
}
