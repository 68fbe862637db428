using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Messages;
using Paaroerende.Web.Messages;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// One conversation with the unit's staff. Shown only while the gate lets the relative see it (their own thread, an
/// active relation, and its topic allowed now); otherwise 404, like a thread that does not exist, and the attempt is
/// audited. The relation, the thread and its messages come in one query (issue #7's budget); the read is audited with
/// the thread and its topic, and that audit entry is also what tells staff the relative has read their answer.
/// </summary>
[GateInPageQuery]
public class MessageThreadModel(PortalDbContext db, ConsentGate gate, MessageAccess access, Conversations conversations, AuditLog audit)
    : GatedItemPageModel(audit)
{
    [BindProperty]
    public ReplyInput Input { get; set; } = new();

    public RelationFacts Facts { get; private set; } = null!;

    public ThreadView Thread { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid threadId) => WhenShownAsync(threadId, async relative =>
    {
        await AuditReadAsync(relative);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(Guid threadId) => WhenShownAsync(threadId, async relative =>
    {
        if (!ModelState.IsValid)
        {
            await AuditReadAsync(relative);
            return Page();
        }

        await conversations.ReplyAsRelativeAsync(relative.UserId, threadId, Input.Body!, HttpContext.RequestAborted);
        return RedirectToPage("/Relatives/MessageThread", null, new { citizenId = relative.CitizenId, threadId }, "latest");
    });

    /// <summary>The gate's relation with its facts and the thread, if the gate lets the sign-in see it, in one query.</summary>
    protected override async Task<RelativeAccess?> LoadAsync(PendingRelativeAccess pending, Guid itemId)
    {
        var visible = access.ThreadsOfRelative(pending.UserId, pending.CitizenId, pending.AtUtc).Where(t => t.Id == itemId);
        var found = await pending.Relation(gate)
            .WithFacts(pending.AtUtc, r => new
            {
                // Both lists correlated by equality, so EF joins them to the relation; uncorrelated they need APPLY,
                // which SQLite lacks. The messages come through the visible thread, so none without it.
                Thread = visible.Where(t => t.CitizenId == r.CitizenId).Select(t => new { t.Id, t.Topic, t.Subject, t.PersonId }).ToList(),
                Messages = visible.Where(t => t.CitizenId == r.CitizenId)
                    .SelectMany(t => db.Messages.Where(m => m.ThreadId == t.Id))
                    .OrderBy(m => m.SentAtUtc)
                    .Select(m => new MessageView(
                        m.From, m.Body, m.SentAtUtc,
                        db.Users.Where(u => u.Id == m.AuthorUserId && m.From == MessageSide.Staff).Select(u => u.DisplayName).FirstOrDefault(),
                        db.MessageReads.Where(k => k.MessageId == m.Id).Select(k => (DateTime?)k.ReadAtUtc).FirstOrDefault()))
                    .ToList(),
            })
            .AsNoTracking()
            .AsSingleQuery()
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found?.Item.Thread.SingleOrDefault() is not { } thread)
        {
            return null;
        }

        Facts = found.Facts;
        Thread = new ThreadView(thread.Id, thread.Topic, thread.Subject, thread.PersonId, found.Item.Messages);
        return pending.Grant(HttpContext, found.RelationId, found.PersonId);
    }

    /// <summary>
    /// The read of the thread, naming it: with its topic, as a read of that topic (like an update), or with none for a
    /// general thread. One entry, one command.
    /// </summary>
    private Task AuditReadAsync(RelativeAccess relative) =>
        Audit.RecordRelativeReadsAsync(
            [new RelativeRead(relative.UserId, Thread.PersonId, relative.CitizenId, Thread.Topic is { } topic ? [topic] : [], Thread.Id, "MessageThread")],
            HttpContext.RequestAborted);

    public sealed record ThreadView(Guid Id, ConsentTopic? Topic, string Subject, Guid PersonId, IReadOnlyList<MessageView> Messages);
}
