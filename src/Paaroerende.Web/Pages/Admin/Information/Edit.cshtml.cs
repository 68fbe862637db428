using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Information;

/// <summary>
/// Adds or edits an information page written in Markdown. Raw HTML is shown as text, exactly as on the public page;
/// the preview uses the same renderer.
/// </summary>
public class EditModel(PortalDbContext db, AdminAudit audit, PageText<EditModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool ConfirmingDelete { get; private set; }

    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existingId)
        {
            var page = await FindAsync(existingId);
            if (page is null)
            {
                return NotFound();
            }

            Id = page.Id;
            Input = new InputModel { Title = page.Title, Slug = page.Slug, Summary = page.Summary, BodyMarkdown = page.BodyMarkdown };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var page = id is { } existingId ? await FindAsync(existingId) : null;
        if (id is not null && page is null)
        {
            return NotFound();
        }

        Id = id;
        var actor = AdminScope.ActorOf(User);
        var slug = string.IsNullOrWhiteSpace(Input.Slug) ? Slugs.FromTitle(Input.Title ?? "") : Input.Slug.Trim();
        if (ModelState.IsValid && (slug.Length == 0 || await Own(actor.MunicipalityId).AnyAsync(p => p.Slug == slug && p.Id != id)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Slug)}", text[slug.Length == 0 ? "SlugMissing" : "SlugTaken", slug]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (page is null)
        {
            var last = await Own(actor.MunicipalityId).Select(p => (int?)p.SortOrder).MaxAsync();
            page = new InformationPage { Id = Guid.NewGuid(), MunicipalityId = actor.MunicipalityId, Slug = slug, Title = "", BodyMarkdown = "", SortOrder = (last ?? 0) + 1 };
            Apply(page, slug);
            db.InformationPages.Add(page);
            audit.Add(actor, AdminEntityType.InformationPage, page.Id, AdminAuditAction.Created, page.Title, null, AdminSnapshots.Of(page));
        }
        else
        {
            var before = AdminSnapshots.Of(page);
            Apply(page, slug);
            audit.Add(actor, AdminEntityType.InformationPage, page.Id, AdminAuditAction.Updated, page.Title, before, AdminSnapshots.Of(page));
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Information/Index");
    }

    /// <summary>Shows the text as relatives will see it, without saving.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(Guid? id)
    {
        if (id is { } existingId && await FindAsync(existingId) is null)
        {
            return NotFound();
        }

        Id = id;
        PreviewHtml = MarkdownText.ToHtml(Input.BodyMarkdown);
        return Page();
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id)
    {
        var page = await FindAsync(id);
        if (page is null)
        {
            return NotFound();
        }

        Id = page.Id;
        Input.Title = page.Title;
        ConfirmingDelete = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var page = await FindAsync(id);
        if (page is null)
        {
            return NotFound();
        }

        audit.Add(AdminScope.ActorOf(User), AdminEntityType.InformationPage, page.Id, AdminAuditAction.Deleted, page.Title, AdminSnapshots.Of(page), null);
        db.InformationPages.Remove(page);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Information/Index");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? direction)
    {
        var page = await FindAsync(id);
        if (page is null)
        {
            return NotFound();
        }

        var up = Reorder.IsUp(direction);
        var siblings = await Own(page.MunicipalityId).OrderBy(p => p.SortOrder).ThenBy(p => p.Title).ToListAsync();
        var before = AdminSnapshots.Of(page);
        if (Reorder.Move(siblings, page, up, (p, order) => p.SortOrder = order))
        {
            audit.Add(AdminScope.ActorOf(User), AdminEntityType.InformationPage, page.Id,
                up ? AdminAuditAction.MovedUp : AdminAuditAction.MovedDown, page.Title, before, AdminSnapshots.Of(page));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return RedirectToPage("/Admin/Information/Index");
    }

    private void Apply(InformationPage page, string slug)
    {
        page.Title = Input.Title!.Trim();
        page.Slug = slug;
        page.Summary = string.IsNullOrWhiteSpace(Input.Summary) ? null : Input.Summary.Trim();
        page.BodyMarkdown = Input.BodyMarkdown!.Trim();
    }

    private Task<InformationPage?> FindAsync(Guid id) =>
        Own(AdminScope.MunicipalityIdOf(User)).SingleOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);

    private IQueryable<InformationPage> Own(Guid municipalityId) => db.InformationPages.Where(p => p.MunicipalityId == municipalityId);

    public sealed class InputModel
    {
        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "PageTitle")]
        public string? Title { get; set; }

        [StringLength(FieldLengths.Slug)]
        [RegularExpression(Slugs.Pattern, ErrorMessage = "SlugInvalid")]
        [Display(Name = "Slug")]
        public string? Slug { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Summary")]
        public string? Summary { get; set; }

        [Required]
        [StringLength(FieldLengths.Markdown)]
        [Display(Name = "BodyMarkdown")]
        public string? BodyMarkdown { get; set; }
    }
}
