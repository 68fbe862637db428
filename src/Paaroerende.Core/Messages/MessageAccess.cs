using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Messages;

/// <summary>
/// Which threads a relative may read, by the consent gate's rule: a thread is the relative's own (their person record),
/// about a citizen they have an active relation to, and about no topic or a topic the gate lets them see now. When the
/// relation ends or the topic is withdrawn, the thread is gone for them from the next request — as an update would be.
/// </summary>
public sealed class MessageAccess(PortalDbContext db, ConsentGate gate)
{
    /// <summary>The sign-in's threads about the citizen that the gate lets it see at the moment.</summary>
    public IQueryable<MessageThread> ThreadsOfRelative(string userId, Guid citizenId, DateTime atUtc) =>
        VisibleOn(db.MessageThreads.Where(t => t.CitizenId == citizenId),
            gate.ActiveRelationsOfUser(userId, atUtc).Where(r => r.CitizenId == citizenId), atUtc);

    /// <summary>The threads (of one relative and citizen) that their relative can see at the moment: for staff.</summary>
    public IQueryable<MessageThread> SeenByTheirRelative(Guid personId, Guid citizenId, DateTime atUtc) =>
        VisibleOn(db.MessageThreads.Where(t => t.CitizenId == citizenId && t.PersonId == personId),
            gate.ActiveRelations(personId, atUtc).Where(r => r.CitizenId == citizenId), atUtc);

    /// <summary>
    /// The topics the sign-in's person records may write about now: those the gate lets them see. A thread about no
    /// topic needs only the relation, which the caller has checked.
    /// </summary>
    public IQueryable<AllowedTopic> TopicsToWriteAbout(string userId, Guid citizenId, DateTime atUtc) =>
        gate.AllowedTopicsOn(gate.ActiveRelationsOfUser(userId, atUtc).Where(r => r.CitizenId == citizenId), atUtc);

    /// <summary>
    /// The staff's messages the sign-in has not seen: sent after its last read of their thread. A relative's read of a
    /// thread is its audit entry (<see cref="Audit.AuditEntry.ItemId"/>), so nothing else records it.
    /// </summary>
    public IQueryable<Message> UnseenByRelative(string userId) =>
        db.Messages.Where(m => m.From == MessageSide.Staff
            && !db.AuditEntries.Any(a => a.ActorUserId == userId && a.ItemId == m.ThreadId && a.OccurredAtUtc >= m.SentAtUtc));

    /// <summary>
    /// The rule itself, over the active relations of the reader (all of a person's relations to the citizen, so a topic
    /// kept out on one stays out): the thread's person has one of them, and its topic, if any, is allowed for that person.
    /// </summary>
    private IQueryable<MessageThread> VisibleOn(IQueryable<MessageThread> threads, IQueryable<Relation> activeRelations, DateTime atUtc)
    {
        var persons = activeRelations.Select(r => r.PersonId);
        var allowed = gate.AllowedTopicsOn(activeRelations, atUtc);
        return threads.Where(t => persons.Contains(t.PersonId)
            && (t.Topic == null || allowed.Any(a => a.PersonId == t.PersonId && a.CitizenId == t.CitizenId && (ConsentTopic?)a.Topic == t.Topic)));
    }
}
