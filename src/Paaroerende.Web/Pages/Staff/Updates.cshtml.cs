using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Core.Updates;
using Microsoft.Extensions.Localization;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;
using Paaroerende.Web.Navigation;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff post an update about a citizen, tagged with a topic. Before posting they see which relatives can read each
/// topic right now (the gate's own answer), so a post lands where it is meant to. A picture or a PDF may go with it
/// (docs/adr/0039), checked by its content and saved with the update in one transaction.
/// </summary>
[RequestSizeLimit(AttachmentIntake.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentIntake.RequestLimit)]
public class UpdatesModel(PortalDbContext db, StaffScope scope, ConsentGate gate, AuditLog audit, IStringLocalizer<SharedResource> text)
    : PageModel, IAttachmentForm
{
    /// <summary>Updates a page shows; older ones are a page further on ("Ældre opdateringer").</summary>
    public const int PageSize = 20;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public AttachmentInput Attachment { get; set; } = new();

    public string CitizenName { get; private set; } = "";

    /// <summary>Per topic, the names of the relatives who can read it now.</summary>
    public IReadOnlyDictionary<ConsentTopic, IReadOnlyList<string>> Readers { get; private set; } =
        new Dictionary<ConsentTopic, IReadOnlyList<string>>();

    public IReadOnlyList<UpdateRow> Updates { get; private set; } = [];

    public StaffNotice? Notice { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        Notice = StaffNotice.Take(TempData);
        PageNumber = PageNumbers.Of(side);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        await LoadAsync();
        var file = await AttachmentUpload.CheckAsync(Attachment, ModelState, text, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var updateId = Guid.NewGuid();
        if (file is not null)
        {
            AttachmentUpload.Add(db, audit, file, Attachment, AttachmentOwner.CitizenUpdate, updateId, access.UserId, access.AtUtc, access.CitizenId);
        }

        db.CitizenUpdates.Add(new CitizenUpdate
        {
            Id = updateId,
            CitizenId = access.CitizenId,
            Topic = Input.Topic!.Value,
            Title = Input.Title!.Trim(),
            Body = Input.Body!.Trim(),
            PublishedAtUtc = access.AtUtc,
            AuthorUserId = access.UserId,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        new StaffNotice(StaffNoticeKind.UpdatePosted, Readers[Input.Topic.Value].Count, null).Store(TempData);
        return RedirectToPage("/Staff/Updates", new { citizenId = access.CitizenId });
    }

    private async Task LoadAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        CitizenName = await scope.Citizens(access.UserId).Where(c => c.Id == access.CitizenId)
            .Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);

        var relatives = await scope.Relations(access.UserId).AsNoTracking()
            .Where(r => r.CitizenId == access.CitizenId)
            .Where(ConsentRule.RelationActiveAt(access.AtUtc))
            .Select(r => new { r.PersonId, Name = r.Person!.FirstName + " " + r.Person.LastName })
            .ToListAsync(ct);
        var readers = Enum.GetValues<ConsentTopic>().ToDictionary(t => t, _ => new List<string>());
        foreach (var relative in relatives.DistinctBy(r => r.PersonId).OrderBy(r => r.Name, StringComparer.CurrentCulture))
        {
            foreach (var topic in await gate.AllowedTopics(relative.PersonId, access.CitizenId, access.AtUtc).ToListAsync(ct))
            {
                readers[topic].Add(relative.Name);
            }
        }

        Readers = readers.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value);
        // Newest first from the end of the index (CitizenId, PublishedAtUtc): a page reads its own rows, not the
        // citizen's years of updates (StaffWorkPlanTests).
        (Updates, HasNextPage) = await db.CitizenUpdates.AsNoTracking()
            .Where(u => u.CitizenId == access.CitizenId)
            .OrderByDescending(u => u.PublishedAtUtc).ThenByDescending(u => u.Id)
            .PageAsync(PageNumber, PageSize, u => new UpdateRow(u.Id, u.Topic, u.Title, u.Body, u.PublishedAtUtc,
                db.Users.Where(x => x.Id == u.AuthorUserId).Select(x => x.DisplayName).FirstOrDefault(), u.CorrectedAtUtc, u.WithdrawnAtUtc), ct);
        var shown = Updates.Select(u => u.Id).ToList();
        Files = (await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerKind == AttachmentOwner.CitizenUpdate && shown.Contains(a.OwnerId))
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new AttachmentLink(a.Id, a.OwnerId, a.FileName, a.ContentType, a.SizeBytes, a.AltText))
            .ToListAsync(ct)).ToLookup(a => a.OwnerId);
    }

    /// <summary>The attachments of the updates shown, by update.</summary>
    public ILookup<Guid, AttachmentLink> Files { get; private set; } = Array.Empty<AttachmentLink>().ToLookup(a => a.OwnerId);

    public sealed record UpdateRow(
        Guid Id, ConsentTopic Topic, string Title, string Body, DateTime PublishedAtUtc, string? Author, DateTime? CorrectedAtUtc,
        DateTime? WithdrawnAtUtc);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Topic")]
        public ConsentTopic? Topic { get; set; }

        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "UpdateTitle")]
        public string? Title { get; set; }

        [Required]
        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Body")]
        public string? Body { get; set; }
    }
}
