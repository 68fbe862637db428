using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Core.Updates;
using Microsoft.Extensions.Localization;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;
using Paaroerende.Web.Navigation;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// News for a whole unit ("Sommerfest lørdag"), which every relative with an active relation to a citizen of the unit
/// sees. Staff post only for their own units: another unit's id is refused like an empty choice. A picture or a PDF may
/// go with it (docs/adr/0039), checked by its content and saved with the news in one transaction.
/// </summary>
[OverviewPage]
[RequestSizeLimit(AttachmentIntake.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentIntake.RequestLimit)]
public class NewsModel(
    PortalDbContext db, StaffScope scope, TimeProvider clock, IStringLocalizerFactory texts, AuditLog audit,
    IStringLocalizer<SharedResource> shared) : PageModel, IAttachmentForm
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(NewsModel), texts);

    /// <summary>News items a page shows; older ones are a page further on ("Ældre nyheder").</summary>
    public const int PageSize = 20;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public AttachmentInput Attachment { get; set; } = new();

    /// <summary>The attachments of the news shown, by news item.</summary>
    public ILookup<Guid, AttachmentLink> Files { get; private set; } = Array.Empty<AttachmentLink>().ToLookup(a => a.OwnerId);

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public IReadOnlyList<NewsRow> News { get; private set; } = [];

    public StaffNotice? Notice { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        Notice = StaffNotice.Take(TempData);
        PageNumber = PageNumbers.Of(side);
        await LoadAsync();
        if (Units.Count == 1)
        {
            Input.UnitId = Units[0].Id;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Input.UnitId is { } chosen && Units.All(u => u.Id != chosen))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.UnitId)}", _text["Validation_Choose", _text["Unit"].Value]);
        }

        var file = await AttachmentUpload.CheckAsync(Attachment, ModelState, shared, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var news = new UnitNews
        {
            Id = Guid.NewGuid(),
            UnitId = Input.UnitId!.Value,
            Title = Input.Title!.Trim(),
            Body = Input.Body!.Trim(),
            PublishedAtUtc = Instant.Now(clock),
            AuthorUserId = PortalClaims.UserIdOf(User),
        };
        db.UnitNews.Add(news);
        if (file is not null)
        {
            AttachmentUpload.Add(db, audit, file, Attachment, AttachmentOwner.UnitNews, news.Id, news.AuthorUserId, news.PublishedAtUtc);
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        new StaffNotice(StaffNoticeKind.NewsPosted, 1, null).Store(TempData);
        return RedirectToPage("/Staff/News");
    }

    private async Task LoadAsync()
    {
        var userId = PortalClaims.UserIdOf(User);
        var ct = HttpContext.RequestAborted;
        var unitIds = scope.UnitIds(userId);
        Units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(ct);
        (News, HasNextPage) = await db.UnitNews.AsNoTracking()
            .Where(n => unitIds.Contains(n.UnitId))
            .OrderByDescending(n => n.PublishedAtUtc).ThenByDescending(n => n.Id)
            .PageAsync(PageNumber, PageSize, n => new NewsRow(
                n.Id, db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).First(), n.Title, n.Body, n.PublishedAtUtc,
                db.Users.Where(x => x.Id == n.AuthorUserId).Select(x => x.DisplayName).FirstOrDefault(), n.CorrectedAtUtc,
                n.WithdrawnAtUtc), ct);
        var shown = News.Select(n => n.Id).ToList();
        Files = (await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerKind == AttachmentOwner.UnitNews && shown.Contains(a.OwnerId))
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new AttachmentLink(a.Id, a.OwnerId, a.FileName, a.ContentType, a.SizeBytes, a.AltText))
            .ToListAsync(ct)).ToLookup(a => a.OwnerId);
    }

    public sealed record UnitOption(Guid Id, string Name);

    public sealed record NewsRow(
        Guid Id, string Unit, string Title, string Body, DateTime PublishedAtUtc, string? Author, DateTime? CorrectedAtUtc,
        DateTime? WithdrawnAtUtc);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Unit")]
        public Guid? UnitId { get; set; }

        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "NewsTitle")]
        public string? Title { get; set; }

        [Required]
        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Body")]
        public string? Body { get; set; }
    }
}
