using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Messages;
using Paaroerende.Web.Messages;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// A relative's thread about a citizen of my units. Opening it marks the relative's messages read; whether the relative
/// has read an answer is their audited read of the thread after it. The staff see
/// whether the relative can still read the thread (the gate's answer now): if not — the relation ended or the topic was
/// withdrawn — the answer form is replaced by why, so nothing is written that the relative may not see.
/// </summary>
public class MessageThreadModel(PortalDbContext db, MessageAccess access, Conversations conversations) : PageModel
{
    [BindProperty]
    public ReplyInput Input { get; set; } = new();

    public ThreadView Thread { get; private set; } = null!;

    public bool RelativeCanSee { get; private set; }

    /// <summary>The citizen the staff access filter admitted; the view builds its links from it.</summary>
    public Guid CitizenId => HttpContext.Access<StaffAccess>().CitizenId;

    public async Task<IActionResult> OnGetAsync(Guid threadId)
    {
        if (!await LoadAsync(threadId))
        {
            return NotFound();
        }

        await conversations.MarkReadByStaffAsync(threadId, HttpContext.Access<StaffAccess>().UserId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid threadId)
    {
        if (!await LoadAsync(threadId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !RelativeCanSee)
        {
            return Page();
        }

        var staff = HttpContext.Access<StaffAccess>();
        if (!await conversations.ReplyAsStaffAsync(staff.UserId, threadId, Input.Body!, HttpContext.RequestAborted))
        {
            // The relative lost access between the page and the answer: show why, keep what was typed.
            RelativeCanSee = false;
            return Page();
        }

        return RedirectToPage("/Staff/MessageThread", null, new { citizenId = staff.CitizenId, threadId }, "latest");
    }

    private async Task<bool> LoadAsync(Guid threadId)
    {
        var staff = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        var thread = await db.MessageThreads.AsNoTracking()
            .Where(t => t.Id == threadId && t.CitizenId == staff.CitizenId)
            .Select(t => new
            {
                t.Id, t.Topic, t.Subject, t.PersonId,
                Citizen = db.Citizens.Where(c => c.Id == t.CitizenId).Select(c => c.FirstName + " " + c.LastName).First(),
                Relative = db.People.Where(p => p.Id == t.PersonId).Select(p => p.FirstName + " " + p.LastName).First(),
            })
            .SingleOrDefaultAsync(ct);
        if (thread is null)
        {
            return false;
        }

        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.ThreadId == threadId)
            .OrderBy(m => m.SentAtUtc)
            .Select(m => new MessageView(
                m.From, m.Body, m.SentAtUtc,
                m.From == MessageSide.Staff ? db.Users.Where(u => u.Id == m.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault() : null,
                m.From == MessageSide.Relative
                    ? db.MessageReads.Where(r => r.MessageId == m.Id).Select(r => (DateTime?)r.ReadAtUtc).FirstOrDefault()
                    : db.AuditEntries.Where(a => a.ItemId == threadId && a.PersonId == thread.PersonId && a.OccurredAtUtc >= m.SentAtUtc)
                        .Min(a => (DateTime?)a.OccurredAtUtc)))
            .ToListAsync(ct);
        RelativeCanSee = await access.SeenByTheirRelative(thread.PersonId, staff.CitizenId, staff.AtUtc).AnyAsync(t => t.Id == threadId, ct);
        Thread = new ThreadView(thread.Id, thread.Topic, thread.Subject, thread.Citizen, thread.Relative, messages);
        return true;
    }

    public sealed record ThreadView(Guid Id, ConsentTopic? Topic, string Subject, string Citizen, string Relative, IReadOnlyList<MessageView> Messages);
}
