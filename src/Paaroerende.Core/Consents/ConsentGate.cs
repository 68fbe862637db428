using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Updates;

namespace Paaroerende.Core.Consents;

/// <summary>
/// The one place that decides what a relative may see of a citizen, by the rule in <see cref="ConsentRule"/>. Default
/// deny; no cache, so a withdrawal or an expiry counts from the very next request on every server. Every query here
/// runs in the database.
/// </summary>
/// <remarks>
/// Reads at the present moment use the current-access table (<see cref="CurrentConsent"/>: each line's newest decision,
/// kept with every append); questions about a past moment ("what was in force at t") use the history (the "AsOf"
/// methods). Both feed the same rule, and the model tests hold them to each other and to a reference model.
/// </remarks>
public sealed class ConsentGate(PortalDbContext db)
{
    /// <summary>The relations of the person that are active at the moment.</summary>
    public IQueryable<Relation> ActiveRelations(Guid personId, DateTime atUtc) =>
        db.Relations.Where(r => r.PersonId == personId).Where(ConsentRule.RelationActiveAt(atUtc));

    /// <summary>
    /// The active relations of every person record behind a sign-in: a relative nominated in two municipalities is two
    /// person records (one per municipality) with one login, and sees both citizens. A person record belongs to the
    /// sign-in when either side of the link names the other (the person's UserId, or the sign-in's PersonId).
    /// </summary>
    public IQueryable<Relation> ActiveRelationsOfUser(string userId, DateTime atUtc)
    {
        // Two index look-ups united, not an OR across People and Relations: the OR made the database scan every
        // relation (50 ms per look-up at 33,000 relations on SQLite, growing with the data).
        var persons = db.People.Where(p => p.UserId == userId).Select(p => (Guid?)p.Id)
            .Concat(db.Users.Where(u => u.Id == userId).Select(u => u.PersonId));
        return db.Relations.Where(r => persons.Contains(r.PersonId)).Where(ConsentRule.RelationActiveAt(atUtc));
    }

    /// <summary>
    /// News of the units where the sign-in has an active relation to a citizen. Unit news is general information about
    /// the unit, so no topic consent is needed; the relation is.
    /// </summary>
    public IQueryable<UnitNews> VisibleUnitNews(string userId, DateTime atUtc)
    {
        var units = UnitsOfUser(userId, atUtc);
        return db.UnitNews.Where(n => n.PublishedAtUtc <= atUtc && n.WithdrawnAtUtc == null && units.Contains(n.UnitId));
    }

    /// <summary>
    /// Events of the units where the sign-in has an active relation to a citizen: general information about the unit,
    /// by the same rule as its news (<see cref="UnitsOfUser"/>). A cancelled event is gone.
    /// </summary>
    public IQueryable<UnitEvent> VisibleUnitEvents(string userId, DateTime atUtc)
    {
        var units = UnitsOfUser(userId, atUtc);
        return db.UnitEvents.Where(e => e.CancelledAtUtc == null && units.Contains(e.UnitId));
    }

    /// <summary>
    /// The invitations to meetings about a citizen that their relative may see at the present moment, for each person
    /// record behind the relations (which must hold all of a person's active relations to the citizen, as
    /// <see cref="AllowedTopicsOn"/> needs): the person is invited, the meeting is not cancelled, and the gate lets the
    /// person see "Aftaler og besøg" or the meeting's own topic now (docs/adr/0036).
    /// </summary>
    public IQueryable<MeetingInvitation> MeetingsOpenTo(IQueryable<Relation> activeRelations, DateTime atUtc)
    {
        var allowed = AllowedTopicsOn(activeRelations, atUtc);

        // "Invited person among the relations' persons" first, as an IN list the person index answers: the invitations
        // are found from the relative, never by reading them all (QueryPlanTests).
        var persons = activeRelations.Select(r => r.PersonId);
        return db.MeetingInvitations.Where(i => persons.Contains(i.PersonId) && i.Meeting!.CancelledAtUtc == null
            && allowed.Any(a => a.PersonId == i.PersonId && a.CitizenId == i.Meeting.CitizenId
                && (a.Topic == ConsentTopic.AppointmentsAndVisits || (ConsentTopic?)a.Topic == i.Meeting.Topic)));
    }

    /// <summary>The units of the citizens the sign-in has an active relation to: what opens a unit's news and events.</summary>
    private IQueryable<Guid> UnitsOfUser(string userId, DateTime atUtc) =>
        ActiveRelationsOfUser(userId, atUtc).Select(r => r.Citizen!.UnitId);

    /// <summary>The citizens the person may open a page for: general facts (name, unit) and the allowed topics.</summary>
    public IQueryable<Guid> VisibleCitizenIds(Guid personId, DateTime atUtc) =>
        ActiveRelations(personId, atUtc).Select(r => r.CitizenId);

    /// <summary>
    /// The allowed topics of every citizen behind a set of active relations, per person record, at the present moment
    /// (from the current-access table). The set must hold all of a person's active relations to a citizen, as
    /// <see cref="ActiveRelations"/> and <see cref="ActiveRelationsOfUser"/> give them: kept out on one wins over all.
    /// </summary>
    public IQueryable<AllowedTopic> AllowedTopicsOn(IQueryable<Relation> activeRelations, DateTime atUtc) =>
        ConsentRule.AllowedOf(ConsentRule.CurrentDecisions(db.CurrentConsents, activeRelations), atUtc);

    /// <summary>As <see cref="AllowedTopicsOn"/>, from the history: what was allowed at a past moment.</summary>
    public IQueryable<AllowedTopic> AllowedTopicsAsOf(IQueryable<Relation> activeRelations, DateTime atUtc) =>
        ConsentRule.AllowedOf(ConsentRule.DecisionsAt(db.ConsentRecords, activeRelations, atUtc), atUtc);

    /// <summary>
    /// The topics of the citizen the person may see at any moment, present or past (from the history): for staff pages,
    /// which may look back in time. Relatives' pages read the present through <see cref="AllowedTopicsOn"/>.
    /// </summary>
    public IQueryable<ConsentTopic> AllowedTopics(Guid personId, Guid citizenId, DateTime atUtc) =>
        AllowedTopicsAsOf(ActiveRelations(personId, atUtc).Where(r => r.CitizenId == citizenId), atUtc).Select(t => t.Topic);

    /// <summary>The citizen's updates the person may read at the present moment.</summary>
    public IQueryable<VisibleUpdate> VisibleUpdates(Guid personId, Guid citizenId, DateTime atUtc) =>
        VisibleUpdatesOn(ActiveRelations(personId, atUtc).Where(r => r.CitizenId == citizenId), atUtc);

    /// <summary>
    /// The updates each person record behind the relations may read at the present moment: in an allowed topic, and
    /// published inside what the grants disclose (rule 5), filtered inside the query.
    /// </summary>
    public IQueryable<VisibleUpdate> VisibleUpdatesOn(IQueryable<Relation> activeRelations, DateTime atUtc) =>
        UpdatesOf(AllowedTopicsOn(activeRelations, atUtc), atUtc);

    /// <summary>As <see cref="VisibleUpdatesOn"/>, from the history: what could be read at a past moment.</summary>
    public IQueryable<VisibleUpdate> VisibleUpdatesAsOf(IQueryable<Relation> activeRelations, DateTime atUtc) =>
        UpdatesOf(AllowedTopicsAsOf(activeRelations, atUtc), atUtc);

    /// <summary>
    /// Every topic of the citizen for the person at the present moment, and why: the one answer to "may this person see
    /// this topic now, and why", with what is already decided to start or end later.
    /// </summary>
    public Task<IReadOnlyList<TopicOutlook>> OutlookAsync(
        Guid personId, Guid citizenId, DateTime atUtc, CancellationToken ct = default) =>
        OutlookOfAsync(personId, citizenId, atUtc, relations => ConsentRule.CurrentDecisions(db.CurrentConsents, relations), ct);

    /// <summary>As <see cref="OutlookAsync"/>, from the history: what was in force at a past moment, and why.</summary>
    public Task<IReadOnlyList<TopicOutlook>> OutlookAsOfAsync(
        Guid personId, Guid citizenId, DateTime atUtc, CancellationToken ct = default) =>
        OutlookOfAsync(personId, citizenId, atUtc, relations => ConsentRule.DecisionsAt(db.ConsentRecords, relations, atUtc), ct);

    /// <summary>May the person see this topic of this citizen at this moment (present or past, from the history) — and why.</summary>
    public async Task<ConsentDecision> DecideAsync(
        Guid personId, Guid citizenId, ConsentTopic topic, DateTime atUtc, CancellationToken ct = default) =>
        ConsentDecision.Of((await OutlookAsOfAsync(personId, citizenId, atUtc, ct)).Single(o => o.Topic == topic));

    private async Task<IReadOnlyList<TopicOutlook>> OutlookOfAsync(
        Guid personId, Guid citizenId, DateTime atUtc,
        Func<IQueryable<Relation>, IQueryable<LineDecision>> decisions, CancellationToken ct)
    {
        var relations = ActiveRelations(personId, atUtc).Where(r => r.CitizenId == citizenId);
        var active = await relations.AnyAsync(ct);
        var lines = active ? await decisions(relations).ToListAsync(ct) : [];
        return ConsentOutlook.Of(lines, active, atUtc);
    }

    private IQueryable<VisibleUpdate> UpdatesOf(IQueryable<AllowedTopic> allowed, DateTime atUtc) =>
        from topic in allowed
        join update in db.CitizenUpdates on new { topic.CitizenId, topic.Topic } equals new { update.CitizenId, update.Topic }
        where update.PublishedAtUtc <= atUtc && topic.DisclosesFromUtc != null && topic.DisclosesFromUtc <= update.PublishedAtUtc
            && update.WithdrawnAtUtc == null
        select new VisibleUpdate
        {
            PersonId = topic.PersonId, CitizenId = update.CitizenId, Id = update.Id, Topic = update.Topic,
            Title = update.Title, Body = update.Body, PublishedAtUtc = update.PublishedAtUtc, CorrectedAtUtc = update.CorrectedAtUtc,
        };
}
