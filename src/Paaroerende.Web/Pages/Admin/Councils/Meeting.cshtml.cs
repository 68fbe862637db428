using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Councils;

/// <summary>Adds or edits a council meeting: its date, time and place, and the minutes (Markdown) once written.</summary>
public class MeetingModel(PortalDbContext db, AdminAudit audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public Guid CouncilId { get; private set; }

    public string CouncilName { get; private set; } = "";

    public bool ConfirmingDelete { get; private set; }

    public string? MinutesPreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? councilId)
    {
        if (id is { } existingId)
        {
            var meeting = await FindAsync(existingId);
            if (meeting is null)
            {
                return NotFound();
            }

            Id = meeting.Id;
            Show(meeting.Council!);
            Input = new InputModel { MeetingDate = meeting.MeetingDate, Details = meeting.Details, MinutesMarkdown = meeting.MinutesMarkdown };
            return Page();
        }

        var council = councilId is { } wanted ? await FindCouncilAsync(wanted) : null;
        if (council is null)
        {
            return NotFound();
        }

        Show(council);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? councilId)
    {
        var meeting = id is { } existingId ? await FindAsync(existingId) : null;
        var council = meeting?.Council ?? (id is null && councilId is { } wanted ? await FindCouncilAsync(wanted) : null);
        if (council is null)
        {
            return NotFound();
        }

        Id = id;
        Show(council);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = AdminScope.ActorOf(User);
        if (meeting is null)
        {
            meeting = new CouncilMeeting { Id = Guid.NewGuid(), CouncilId = council.Id };
            Apply(meeting);
            db.CouncilMeetings.Add(meeting);
            audit.Add(actor, AdminEntityType.CouncilMeeting, meeting.Id, AdminAuditAction.Created, Summary(council, meeting), null, AdminSnapshots.Of(meeting));
        }
        else
        {
            var before = AdminSnapshots.Of(meeting);
            Apply(meeting);
            audit.Add(actor, AdminEntityType.CouncilMeeting, meeting.Id, AdminAuditAction.Updated, Summary(council, meeting), before, AdminSnapshots.Of(meeting));
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SavedNotice.Saved(TempData, Summary(council, meeting));
        return RedirectToPage("/Admin/Councils/Index");
    }

    /// <summary>Shows the minutes as relatives will see them, without saving.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(Guid? id, Guid? councilId)
    {
        var meeting = id is { } existingId ? await FindAsync(existingId) : null;
        var council = meeting?.Council ?? (id is null && councilId is { } wanted ? await FindCouncilAsync(wanted) : null);
        if (council is null)
        {
            return NotFound();
        }

        Id = id;
        Show(council);
        MinutesPreviewHtml = MarkdownText.ToHtml(Input.MinutesMarkdown);
        return Page();
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id)
    {
        var meeting = await FindAsync(id);
        if (meeting is null)
        {
            return NotFound();
        }

        Id = meeting.Id;
        Show(meeting.Council!);
        Input.MeetingDate = meeting.MeetingDate;
        ConfirmingDelete = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var meeting = await FindAsync(id);
        if (meeting is null)
        {
            return NotFound();
        }

        audit.Add(AdminScope.ActorOf(User), AdminEntityType.CouncilMeeting, meeting.Id, AdminAuditAction.Deleted,
            Summary(meeting.Council!, meeting), AdminSnapshots.Of(meeting), null);
        db.CouncilMeetings.Remove(meeting);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SavedNotice.Deleted(TempData, Summary(meeting.Council!, meeting));
        return RedirectToPage("/Admin/Councils/Index");
    }

    private void Show(RelativesCouncil council)
    {
        CouncilId = council.Id;
        CouncilName = council.Name;
    }

    private void Apply(CouncilMeeting meeting)
    {
        meeting.MeetingDate = Input.MeetingDate!.Value;
        meeting.Details = string.IsNullOrWhiteSpace(Input.Details) ? null : Input.Details.Trim();
        meeting.MinutesMarkdown = string.IsNullOrWhiteSpace(Input.MinutesMarkdown) ? null : Input.MinutesMarkdown.Trim();
    }

    private static string Summary(RelativesCouncil council, CouncilMeeting meeting) =>
        $"{council.Name} {meeting.MeetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    private Task<CouncilMeeting?> FindAsync(Guid id)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return db.CouncilMeetings.Include(m => m.Council)
            .SingleOrDefaultAsync(m => m.Id == id && m.Council!.MunicipalityId == municipalityId, HttpContext.RequestAborted);
    }

    private Task<RelativesCouncil?> FindCouncilAsync(Guid councilId)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return db.RelativesCouncils.SingleOrDefaultAsync(c => c.Id == councilId && c.MunicipalityId == municipalityId, HttpContext.RequestAborted);
    }

    public sealed class InputModel
    {
        [Required]
        [Display(Name = "MeetingDate")]
        public DateOnly? MeetingDate { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Details")]
        public string? Details { get; set; }

        [StringLength(FieldLengths.Markdown)]
        [Display(Name = "MinutesMarkdown")]
        public string? MinutesMarkdown { get; set; }
    }
}
