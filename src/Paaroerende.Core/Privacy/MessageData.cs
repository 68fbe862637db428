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
    /// <summary>
    /// One query (the export keeps to a query per list, ADR 0016): the messages of the person records' threads, each
    /// with its thread. Every thread starts with the relative's own message, so the threads come with them. Whether the
    /// gate shows a thread now is decided from the relations the export has already loaded with their allowed topics.
    /// </summary>
    public static async Task<(List<MessageThreadRow> Threads, List<MessageRow> Messages)> ForRelativeAsync(
        PortalDbContext db, IReadOnlyCollection<Guid> personIds, IReadOnlyCollection<RelationHead> relations, CancellationToken ct)
    {
        var rows = await db.Messages.AsNoTracking()
            .Join(db.MessageThreads.Where(t => personIds.Contains(t.PersonId)), m => m.ThreadId, t => t.Id, (m, t) => new
            {
                Thread = new MessageThreadRow(t.Id, t.CitizenId, t.PersonId, t.Topic, t.Subject, t.StartedAtUtc),
                Message = new MessageRow(m.Id, m.ThreadId, m.From, m.Body, m.SentAtUtc),
            })
            .ToListAsync(ct);
        var threads = rows.Select(r => r.Thread).DistinctBy(t => t.Id).OrderBy(t => t.StartedAtUtc).ToList();
        var shown = threads.Where(t => relations.Any(r => r.Active && r.Row.PersonId == t.PersonId && r.Row.CitizenId == t.CitizenId
            && (t.Topic is not { } topic || (r.TopicBits & TopicBits.Bit(topic)) != 0))).Select(t => t.Id).ToHashSet();
        var messages = rows.Select(r => r.Message)
            .Where(m => m.From == MessageSide.Relative || shown.Contains(m.ThreadId))
            .OrderBy(m => m.SentAtUtc)
            .ToList();
        return (threads, messages);
    }
}
