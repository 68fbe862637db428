using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Messages;

namespace Paaroerende.Core.Privacy;

/// <summary>
/// The relative's conversations in their copy of their data (ADR 0031): every thread of their person records and every
/// message they wrote, whatever became of the relation; the staff's answers only in threads the gate shows them now,
/// as the thread page would (ADR 0022: the copy shows of the citizen's side only what the portal shows today).
/// </summary>
internal static class MessageData
{
    public static Task<List<MessageThreadRow>> ThreadsAsync(PortalDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken ct) =>
        db.MessageThreads.AsNoTracking().Where(t => personIds.Contains(t.PersonId))
            .OrderBy(t => t.StartedAtUtc)
            .Select(t => new MessageThreadRow(t.Id, t.CitizenId, t.PersonId, t.Topic, t.Subject, t.StartedAtUtc))
            .ToListAsync(ct);

    public static Task<List<MessageRow>> MessagesAsync(
        PortalDbContext db, ConsentGate gate, IReadOnlyCollection<Guid> personIds, DateTime now, CancellationToken ct)
    {
        var own = db.MessageThreads.Where(t => personIds.Contains(t.PersonId)).Select(t => t.Id);
        var shown = new MessageAccess(db, gate).VisibleToPersons(personIds, now).Select(t => t.Id);
        return db.Messages.AsNoTracking()
            .Where(m => own.Contains(m.ThreadId) && (m.From == MessageSide.Relative || shown.Contains(m.ThreadId)))
            .OrderBy(m => m.SentAtUtc)
            .Select(m => new MessageRow(m.Id, m.ThreadId, m.From, m.Body, m.SentAtUtc))
            .ToListAsync(ct);
    }
}
