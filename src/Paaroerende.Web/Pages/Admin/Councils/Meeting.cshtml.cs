using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Pages.Admin.Councils;

/// <summary>
/// Adds or edits a council meeting: its date, time and place, the minutes (Markdown) once written, and the pictures and
/// PDFs that go with the minutes (docs/adr/0039), checked by their content like every other attachment.
/// </summary>
[RequestSizeLimit(AttachmentIntake.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentIntake.RequestLimit)]
public class MeetingModel(PortalDbContext db, AdminAudit audit, TimeProvider clock, IStringLocalizer<SharedResource> shared)
    : PageModel, IAttachmentForm
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public AttachmentInput Attachment { get; set; } = new();

    /// <summary>The meeting's pictures and PDFs, oldest first, with their public address.</summary>
    public IReadOnlyList<AttachmentLink> Files { get; private set; } = [];

    public string MunicipalitySlug { get; private set; } = "";

    public bool HasMinutes { get; private set; }

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

            await ShowExistingAsync(meeting);
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

        var actor = AdminScope.ActorOf(User);
        audit.Add(actor, AdminEntityType.CouncilMeeting, meeting.Id, AdminAuditAction.Deleted,
            Summary(meeting.Council!, meeting), AdminSnapshots.Of(meeting), null);

        // The meeting's files go with it (the database cascades); each gets its own entry, as if removed by hand.
        var files = await FilesWithoutContent(meeting.Id).ToListAsync(HttpContext.RequestAborted);
        foreach (var file in files)
        {
            audit.Add(actor, AdminEntityType.CouncilMeetingAttachment, file.Id, AdminAuditAction.Deleted,
                FileSummary(meeting, file), AdminSnapshots.Of(file), null);
        }

        db.CouncilMeetings.Remove(meeting);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SavedNotice.Deleted(TempData, Summary(meeting.Council!, meeting));
        return RedirectToPage("/Admin/Councils/Index");
    }

    /// <summary>Adds a picture or a PDF to the minutes; the file, its check and its audit entry in one SaveChanges.</summary>
    public async Task<IActionResult> OnPostUploadAsync(Guid id)
    {
        var meeting = await FindAsync(id);
        if (meeting is null)
        {
            return NotFound();
        }

        // Only the file form was posted: the meeting's own fields are not part of it and must not be judged.
        foreach (var key in ModelState.FindKeysWithPrefix(nameof(Input)).Select(e => e.Key).ToList())
        {
            ModelState.Remove(key);
        }

        if (Attachment.File is null)
        {
            ModelState.AddModelError(AttachmentUpload.FileKey, shared["Attachment_Choose"]);
        }

        var file = await AttachmentUpload.CheckAsync(Attachment, ModelState, shared, HttpContext.RequestAborted);
        if (file is null || ModelState.FindKeysWithPrefix(AttachmentUpload.Prefix).Any(e => e.Value.ValidationState == ModelValidationState.Invalid))
        {
            await ShowExistingAsync(meeting);
            return Page();
        }

        var actor = AdminScope.ActorOf(User);
        var attachment = new CouncilMeetingAttachment
        {
            Id = Guid.NewGuid(),
            MeetingId = meeting.Id,
            FileName = file.FileName,
            ContentType = file.ContentType,
            SizeBytes = file.Content.Length,
            AltText = file.IsImage ? Attachment.AltText!.Trim() : null,
            Content = file.Content,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            UploadedByUserId = actor.UserId,
        };
        db.CouncilMeetingAttachments.Add(attachment);
        audit.Add(actor, AdminEntityType.CouncilMeetingAttachment, attachment.Id, AdminAuditAction.Created,
            FileSummary(meeting, attachment), null, AdminSnapshots.Of(attachment));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SavedNotice.Saved(TempData, FileSummary(meeting, attachment));
        return RedirectToPage("/Admin/Councils/Meeting", new { id = meeting.Id });
    }

    /// <summary>Removes a picture or a PDF from the minutes at once: it is public information, not kept for an audit trail.</summary>
    public async Task<IActionResult> OnPostRemoveFileAsync(Guid id, Guid fileId)
    {
        var meeting = await FindAsync(id);
        var attachment = meeting is null ? null
            : await FilesWithoutContent(meeting.Id).SingleOrDefaultAsync(a => a.Id == fileId, HttpContext.RequestAborted);
        if (meeting is null || attachment is null)
        {
            return NotFound();
        }

        audit.Add(AdminScope.ActorOf(User), AdminEntityType.CouncilMeetingAttachment, attachment.Id, AdminAuditAction.Deleted,
            FileSummary(meeting, attachment), AdminSnapshots.Of(attachment), null);
        db.CouncilMeetingAttachments.Remove(attachment);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SavedNotice.Deleted(TempData, FileSummary(meeting, attachment));
        return RedirectToPage("/Admin/Councils/Meeting", new { id = meeting.Id });
    }

    private async Task ShowExistingAsync(CouncilMeeting meeting)
    {
        Id = meeting.Id;
        Show(meeting.Council!);
        Input = new InputModel { MeetingDate = meeting.MeetingDate, Details = meeting.Details, MinutesMarkdown = meeting.MinutesMarkdown };
        HasMinutes = meeting.MinutesMarkdown is not null;
        MunicipalitySlug = await db.Municipalities.Where(m => m.Id == meeting.Council!.MunicipalityId).Select(m => m.Slug)
            .SingleAsync(HttpContext.RequestAborted);
        Files = await db.CouncilMeetingAttachments.AsNoTracking()
            .Where(a => a.MeetingId == meeting.Id)
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new AttachmentLink(a.Id, a.MeetingId, a.FileName, a.ContentType, a.SizeBytes, a.AltText))
            .ToListAsync(HttpContext.RequestAborted);
    }

    /// <summary>
    /// The meeting's files as the audit names them, without their bytes (up to 10 MB each): a removal deletes by key and
    /// needs nothing else of them.
    /// </summary>
    private IQueryable<CouncilMeetingAttachment> FilesWithoutContent(Guid meetingId) =>
        db.CouncilMeetingAttachments.AsNoTracking()
            .Where(a => a.MeetingId == meetingId)
            .Select(a => new CouncilMeetingAttachment
            {
                Id = a.Id, MeetingId = a.MeetingId, FileName = a.FileName, ContentType = a.ContentType, SizeBytes = a.SizeBytes,
                AltText = a.AltText, Content = Array.Empty<byte>(), UploadedAtUtc = a.UploadedAtUtc, UploadedByUserId = a.UploadedByUserId,
            });

    private static string FileSummary(CouncilMeeting meeting, CouncilMeetingAttachment file) =>
        $"{Summary(meeting.Council!, meeting)} {file.FileName}";

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
