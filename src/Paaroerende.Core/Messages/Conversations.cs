using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Core.Messages;

/// <summary>
/// Writes threads and messages. The callers have asked the gate (<see cref="MessageAccess"/>) whether the thread is
/// visible to its relative; a staff answer is refused here too when it is not, so staff cannot write into a thread
/// its relative no longer sees. A staff answer queues a mail that says only that there is a new message.
/// </summary>
public sealed class Conversations(PortalDbContext db, MessageAccess access, RelativeNotices notices, TimeProvider clock)
{
    /// <summary>Starts a thread with its first message, written by the relative.</summary>
    public async Task<Guid> StartAsync(NewThread thread, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var now = Instant.Now(clock);
        var id = Guid.NewGuid();
        db.MessageThreads.Add(new MessageThread
        {
            Id = id, CitizenId = thread.CitizenId, PersonId = thread.PersonId, RelationId = thread.RelationId,
            Topic = thread.Topic, Subject = thread.Subject.Trim(), StartedAtUtc = now, StartedByUserId = thread.UserId,
            CheckInId = thread.CheckInId,
        });
        Add(id, MessageSide.Relative, thread.UserId, thread.Body, now);
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>The relative answers in a thread the gate lets them see (checked by the caller, with the page's read).</summary>
    public async Task ReplyAsRelativeAsync(string userId, Guid threadId, string body, CancellationToken ct = default)
    {
        Add(threadId, MessageSide.Relative, userId, body, Instant.Now(clock));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A staff member answers: only while the thread's relative can see it (false otherwise, and nothing is saved).
    /// The mail to the relative is stored in the same transaction as the answer.
    /// </summary>
    public async Task<bool> ReplyAsStaffAsync(string staffUserId, Guid threadId, string body, CancellationToken ct = default)
    {
        var now = Instant.Now(clock);
        var thread = await db.MessageThreads.AsNoTracking().SingleAsync(t => t.Id == threadId, ct);
        if (!await access.SeenByTheirRelative(thread.PersonId, thread.CitizenId, now).AnyAsync(t => t.Id == threadId, ct))
        {
            return false;
        }

        Add(threadId, MessageSide.Staff, staffUserId, body, now);
        await notices.QueueNewMessageAsync(thread.RelationId, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Records that a staff member opened the thread: each of the relative's messages not yet read gets its first read.
    /// (The relative's reads are their audit entries.) Two colleagues opening it at once race for the same rows; the
    /// loser's reads are simply not needed.
    /// </summary>
    public async Task MarkReadByStaffAsync(Guid threadId, string staffUserId, CancellationToken ct = default)
    {
        var unread = await db.Messages
            .Where(m => m.ThreadId == threadId && m.From == MessageSide.Relative && !db.MessageReads.Any(r => r.MessageId == m.Id))
            .Select(m => m.Id)
            .ToListAsync(ct);
        if (unread.Count == 0)
        {
            return;
        }

        var now = Instant.Now(clock);
        db.MessageReads.AddRange(unread.Select(id => new MessageRead { MessageId = id, ReaderUserId = staffUserId, ReadAtUtc = now }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }

    private void Add(Guid threadId, MessageSide from, string userId, string body, DateTime now) =>
        db.Messages.Add(new Message { Id = Guid.NewGuid(), ThreadId = threadId, From = from, AuthorUserId = userId, Body = body.Trim(), SentAtUtc = now });
}

/// <summary>A relative's new thread: on which relation (and so person and citizen), about what, and the first message.</summary>
public sealed record NewThread(
    string UserId, Guid PersonId, Guid CitizenId, Guid RelationId, ConsentTopic? Topic, string Subject, string Body, Guid? CheckInId = null);
