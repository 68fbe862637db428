using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Meetings about the citizen (forventningssamtale, statusmøde, indflytningssamtale): staff create them, invite some of
/// her relatives, and see each invited relative's answer — and whether the gate lets that relative see the meeting now
/// ("Aftaler og besøg" or the meeting's topic), so nobody waits for an answer from someone who cannot see the invitation.
/// </summary>
public class MeetingsModel(PortalDbContext db, StaffScope scope, ConsentGate gate, Meetings meetings, PageText<MeetingsModel> text) : PageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public string CitizenName { get; private set; } = "";

    public IReadOnlyList<RelativeOption> Relatives { get; private set; } = [];

    public IReadOnlyList<MeetingRow> Planned { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Cancels one meeting, with a reason; the meeting form's fields are not this form's, so their errors are dropped.</summary>
    public async Task<IActionResult> OnPostCancelAsync(Guid meetingId, string? reason)
    {
        var access = HttpContext.Access<StaffAccess>();
        ModelState.Clear();
        await LoadAsync();
        if (Planned.All(m => m.Id != meetingId || m.CancelledAtUtc is not null))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > FieldLengths.ShortText)
        {
            ModelState.AddModelError($"reason-{meetingId}", text["ReasonRequired"]);
            return Page();
        }

        return await meetings.CancelAsync(access.UserId, access.CitizenId, meetingId, reason, HttpContext.RequestAborted)
            ? RedirectToPage("/Staff/Meetings", null, new { citizenId = access.CitizenId }, $"meeting-{meetingId}")
            : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        await LoadAsync();
        var times = EventTimes.Read(ModelState, nameof(Input), Input.Date, Input.StartTime, Input.EndTime, text);
        if (Input.RelationIds.Count == 0 || Input.RelationIds.Any(id => Relatives.All(r => r.RelationId != id)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.RelationIds)}", text["ChooseRelatives"]);
        }

        if (!ModelState.IsValid || times is null)
        {
            return Page();
        }

        var id = await meetings.CreateAsync(access.UserId,
            new NewMeeting(access.CitizenId, Input.Kind!.Value, Input.Topic, Input.Place!, Input.Note ?? "", times.Value.StartsAtUtc,
                times.Value.EndsAtUtc, Input.RelationIds),
            HttpContext.RequestAborted);
        if (id is null)
        {
            return NotFound();
        }

        return RedirectToPage("/Staff/Meetings", null, new { citizenId = access.CitizenId }, $"meeting-{id}");
    }

    private async Task LoadAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        var citizenId = access.CitizenId;
        CitizenName = await scope.Citizens(access.UserId).Where(c => c.Id == citizenId)
            .Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);
        var active = db.Relations.Where(r => r.CitizenId == citizenId).Where(ConsentRule.RelationActiveAt(access.AtUtc));
        Relatives = await active
            .OrderBy(r => r.Person!.FirstName).ThenBy(r => r.Person!.LastName)
            .Select(r => new RelativeOption(r.Id, r.Person!.FirstName + " " + r.Person.LastName))
            .ToListAsync(ct);

        // Who can see each meeting now: the gate's own rule over all the citizen's active relations.
        var open = gate.MeetingsOpenTo(active, access.AtUtc);
        var rows = await db.CitizenMeetings.AsNoTracking()
            .Where(m => m.CitizenId == citizenId && m.EndsAtUtc > access.AtUtc.AddDays(-30))
            .OrderBy(m => m.StartsAtUtc)
            .Select(m => new
            {
                m.Id, m.Kind, m.Topic, m.Place, m.Note, m.StartsAtUtc, m.EndsAtUtc, m.CancelledAtUtc, m.CorrectedAtUtc, m.RescheduledAtUtc,
                Invited = db.MeetingInvitations.Where(i => i.MeetingId == m.Id)
                    .Select(i => new InvitedRow(
                        db.People.Where(p => p.Id == i.PersonId).Select(p => p.FirstName + " " + p.LastName).First(),
                        i.Reply, i.ReplyText, i.RepliedAtUtc, open.Any(o => o.MeetingId == i.MeetingId && o.PersonId == i.PersonId), false))
                    .ToList(),
            })
            .ToListAsync(ct);
        Planned = [.. rows.Select(m => new MeetingRow(m.Id, m.Kind, m.Topic, m.Place, m.Note, m.StartsAtUtc, m.EndsAtUtc, m.CancelledAtUtc, m.CorrectedAtUtc,
            [.. m.Invited.Select(i => i with { ForEarlierTime = i.RepliedAtUtc < m.RescheduledAtUtc }).OrderBy(i => i.Name, StringComparer.CurrentCulture)]))];
    }

    public sealed record RelativeOption(Guid RelationId, string Name);

    /// <summary>An invited relative's answer; <paramref name="ForEarlierTime"/> when it was given before the time moved.</summary>
    public sealed record InvitedRow(string Name, MeetingReply? Reply, string? ReplyText, DateTime? RepliedAtUtc, bool CanSee, bool ForEarlierTime);

    public sealed record MeetingRow(
        Guid Id, MeetingKind Kind, ConsentTopic? Topic, string Place, string Note, DateTime StartsAtUtc, DateTime EndsAtUtc,
        DateTime? CancelledAtUtc, DateTime? CorrectedAtUtc, IReadOnlyList<InvitedRow> Invited);

    public sealed class MeetingInput
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Kind")]
        public MeetingKind? Kind { get; set; }

        [Display(Name = "Topic")]
        public ConsentTopic? Topic { get; set; }

        [Required]
        [Display(Name = "Date")]
        public DateOnly? Date { get; set; }

        [Required]
        [Display(Name = "StartTime")]
        public string? StartTime { get; set; }

        [Required]
        [Display(Name = "EndTime")]
        public string? EndTime { get; set; }

        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Place")]
        public string? Place { get; set; }

        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Note")]
        public string? Note { get; set; }

        [Display(Name = "Relatives")]
        public List<Guid> RelationIds { get; set; } = [];
    }
}
