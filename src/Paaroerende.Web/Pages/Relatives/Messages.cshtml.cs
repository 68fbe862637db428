using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Messages;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;
using Paaroerende.Web.Forms;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// "Beskeder": the relative's conversations with the staff of the citizen's unit, and a new message about a topic they
/// may follow or about something general. Only threads the gate lets the relative see are listed (docs/adr/0031). The
/// relation, the topics and the threads come in one query (<see cref="GateInPageQueryAttribute"/>, issue #7's budget);
/// the page names no topic the relative may not see, and its read is audited.
/// </summary>
[GateInPageQuery]
public class MessagesModel(
    PortalDbContext db, ConsentGate gate, MessageAccess access, Conversations conversations, AuditLog audit,
    IStringLocalizer<SharedResource> shared, PageText<MessagesModel> text)
    : RelativeCitizenPageModel
{
    /// <summary>The value of the "general" choice: no topic, so no consent needed, and nothing about the citizen.</summary>
    public const string General = "General";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationFacts Facts { get; private set; } = null!;

    public IReadOnlyList<ThreadRow> Threads { get; private set; } = [];

    public IReadOnlyList<ConsentTopic> Topics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        if (await LoadAsync(pending) is not { } relative)
        {
            return await pending.DenyAsync(audit, HttpContext.RequestAborted);
        }

        await AuditReadAsync(relative);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        if (await LoadAsync(pending) is not { } relative)
        {
            return await pending.DenyAsync(audit, HttpContext.RequestAborted);
        }

        ConsentTopic? topic = null;
        if (Input.Topic is not null && Input.Topic != General)
        {
            // A topic the relative may not see now is refused like a missing choice: the form lists only those they may.
            if (Enum.TryParse<ConsentTopic>(Input.Topic, out var chosen) && Topics.Contains(chosen))
            {
                topic = chosen;
            }
            else
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Topic)}", shared["Validation_Choose", text["Topic"].Value]);
            }
        }

        if (!ModelState.IsValid)
        {
            await AuditReadAsync(relative);
            return Page();
        }

        var id = await conversations.StartAsync(
            new NewThread(relative.UserId, relative.PersonId, relative.CitizenId, relative.RelationId, topic, Input.Subject!, Input.Body!),
            HttpContext.RequestAborted);
        return RedirectToPage("/Relatives/MessageThread", new { citizenId = relative.CitizenId, threadId = id });
    }

    /// <summary>The gate's relation with its facts, the topics to write about and the visible threads, in one query.</summary>
    private async Task<RelativeAccess?> LoadAsync(PendingRelativeAccess pending)
    {
        var threads = access.ThreadsOfRelative(pending.UserId, pending.CitizenId, pending.AtUtc);
        var topics = access.TopicsToWriteAbout(pending.UserId, pending.CitizenId, pending.AtUtc);
        var unseen = access.UnseenByRelative(pending.UserId);
        var found = await pending.Relation(gate)
            .WithFacts(pending.AtUtc, r => new
            {
                TopicBits = topics.Where(t => t.PersonId == r.PersonId).Sum(TopicBits.Of),
                // Correlated by equality, so EF joins the list to the relation; uncorrelated it needs APPLY, which SQLite lacks.
                Threads = threads.Where(t => t.CitizenId == r.CitizenId).Select(t => new ThreadRow(
                        t.Id, t.Topic, t.Subject, db.Messages.Where(m => m.ThreadId == t.Id).Max(m => m.SentAtUtc),
                        unseen.Any(m => m.ThreadId == t.Id)))
                    .ToList(),
            })
            .AsNoTracking()
            .AsSingleQuery()
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found is null)
        {
            return null;
        }

        Facts = found.Facts;
        Topics = Core.Consents.TopicBits.Topics(found.Item.TopicBits);
        Threads = [.. found.Item.Threads.OrderByDescending(t => t.LastMessageAtUtc)];
        return pending.Grant(HttpContext, found.RelationId, found.PersonId);
    }

    private Task AuditReadAsync(RelativeAccess relative) =>
        audit.RecordRelativePageReadAsync(relative.UserId, relative.PersonId, relative.CitizenId, relative.RelationId, "Messages",
            HttpContext.RequestAborted);

    public sealed record ThreadRow(Guid Id, ConsentTopic? Topic, string Subject, DateTime LastMessageAtUtc, bool HasNewAnswer);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Topic")]
        public string? Topic { get; set; }

        [Required(ErrorMessage = "Validation_Required")]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "Subject")]
        public string? Subject { get; set; }

        [Required(ErrorMessage = "Validation_Required")]
        [StringLength(Message.BodyLength)]
        [Display(Name = "Body")]
        public string? Body { get; set; }
    }
}
