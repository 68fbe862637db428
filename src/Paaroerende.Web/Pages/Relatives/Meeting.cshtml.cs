using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Calendar;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// A meeting about the citizen to which the relative is invited, with their answer ("Jeg kommer", "Jeg kommer ikke",
/// "Foreslå et andet tidspunkt") and its .ics file. Shown only while the gate lets the relative see "Aftaler og besøg"
/// or the meeting's topic (<see cref="ConsentGate.MeetingsOpenTo"/>); otherwise 404, audited. One query with the gate.
/// </summary>
[GateInPageQuery]
public class MeetingModel(ConsentGate gate, Meetings meetings, AuditLog audit, TimeProvider clock, EnumTexts enums, PageText<MeetingModel> text)
    : GatedItemPageModel(audit)
{
    [BindProperty]
    public ReplyInput Input { get; set; } = new();

    public RelationFacts Facts { get; private set; } = null!;

    public MeetingView Meeting { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid meetingId) => WhenShownAsync(meetingId, async relative =>
    {
        Input.Reply = Meeting.Reply?.ToString();
        Input.Text = Meeting.ReplyText;
        await AuditReadAsync(relative);
        return Page();
    });

    /// <summary>The meeting as an .ics file, through the same gate and audit as the page.</summary>
    public Task<IActionResult> OnGetIcsAsync(Guid meetingId) => WhenShownAsync(meetingId, async relative =>
    {
        await AuditReadAsync(relative);
        var title = $"{enums[Meeting.Kind]} · {Facts.CitizenName}";
        return CalendarFile.For(
            new CalendarItem(Meeting.Id, title, Meeting.Note, Meeting.Place, Meeting.StartsAtUtc, Meeting.EndsAtUtc, "moede.ics", Meeting.Sequence),
            Core.Instant.Now(clock));
    });

    public Task<IActionResult> OnPostAsync(Guid meetingId) => WhenShownAsync(meetingId, async relative =>
    {
        MeetingReply? reply = Enum.TryParse<MeetingReply>(Input.Reply, out var chosen) && Enum.IsDefined(chosen) ? chosen : null;
        if (Input.Reply is not null && reply is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Reply)}", text["Validation_Choose"]);
        }

        if (reply == MeetingReply.OtherTime && string.IsNullOrWhiteSpace(Input.Text))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Text)}", text["OtherTimeNeedsText"]);
        }

        if (!ModelState.IsValid || reply is null)
        {
            await AuditReadAsync(relative);
            return Page();
        }

        if (!await meetings.ReplyAsync(relative.UserId, relative.CitizenId, meetingId, reply.Value, Input.Text, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return RedirectToPage("/Relatives/Meeting", new { citizenId = relative.CitizenId, meetingId });
    });

    /// <summary>The gate's relation with its facts and the invitation, if the gate shows the meeting now, in one query.</summary>
    protected override async Task<RelativeAccess?> LoadAsync(PendingRelativeAccess pending, Guid itemId)
    {
        var open = gate.MeetingsOpenTo(gate.ActiveRelationsOfUser(pending.UserId, pending.AtUtc).Where(r => r.CitizenId == pending.CitizenId), pending.AtUtc)
            .Where(i => i.MeetingId == itemId);
        var found = await pending.Relation(gate)
            .WithFacts(pending.AtUtc, r => new
            {
                Meeting = open.Where(i => i.Meeting!.CitizenId == r.CitizenId)
                    .Select(i => new MeetingView(i.MeetingId, i.PersonId, i.Meeting!.Kind, i.Meeting.Topic, i.Meeting.Place, i.Meeting.Note,
                        i.Meeting.StartsAtUtc, i.Meeting.EndsAtUtc, i.Reply, i.ReplyText, i.Meeting.CorrectedAtUtc, i.Meeting.Sequence,
                        i.RepliedAtUtc, i.Meeting.RescheduledAtUtc))
                    .ToList(),
            })
            .AsNoTracking()
            .AsSingleQuery()
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found?.Item.Meeting.OrderBy(m => m.PersonId).FirstOrDefault() is not { } shown)
        {
            return null;
        }

        Facts = found.Facts;
        Meeting = shown;
        return pending.Grant(HttpContext, found.RelationId, found.PersonId);
    }

    /// <summary>The read of the meeting, naming it, as a read of the topic that opened it (its own, or "Aftaler og besøg").</summary>
    private Task AuditReadAsync(RelativeAccess relative) =>
        Audit.RecordRelativeReadsAsync(
            [new RelativeRead(relative.UserId, Meeting.PersonId, relative.CitizenId, [Meeting.Topic ?? ConsentTopic.AppointmentsAndVisits], Meeting.Id, "Meeting")],
            HttpContext.RequestAborted);

    public sealed record MeetingView(
        Guid Id, Guid PersonId, MeetingKind Kind, ConsentTopic? Topic, string Place, string Note, DateTime StartsAtUtc, DateTime EndsAtUtc,
        MeetingReply? Reply, string? ReplyText, DateTime? CorrectedAtUtc, int Sequence, DateTime? RepliedAtUtc, DateTime? RescheduledAtUtc)
    {
        /// <summary>The answer was given before the time moved (docs/adr/0041): the relative is asked to answer again.</summary>
        public bool ReplyForEarlierTime => RepliedAtUtc < RescheduledAtUtc;
    }

    public sealed class ReplyInput
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Reply")]
        public string? Reply { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Text")]
        public string? Text { get; set; }
    }
}
