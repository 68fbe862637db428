using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.Data;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>Adds, renames, moves or deletes a category of the directory (deleting takes its situations and contacts along).</summary>
public class CategoryModel(PortalDbContext db, AdminAudit audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool ConfirmingDelete { get; private set; }

    public int SituationCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existingId)
        {
            var category = await FindAsync(existingId);
            if (category is null)
            {
                return NotFound();
            }

            Id = category.Id;
            Input.Title = category.Title;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var category = id is { } existingId ? await FindAsync(existingId) : null;
        if (id is not null && category is null)
        {
            return NotFound();
        }

        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = AdminScope.ActorOf(User);
        var title = Input.Title.Trim();
        if (category is null)
        {
            var last = await Siblings(actor.MunicipalityId).Select(c => (int?)c.SortOrder).MaxAsync();
            category = new DirectoryCategory { Id = Guid.NewGuid(), MunicipalityId = actor.MunicipalityId, Title = title, SortOrder = (last ?? 0) + 1 };
            db.DirectoryCategories.Add(category);
            audit.Add(actor, AdminEntityType.DirectoryCategory, category.Id, AdminAuditAction.Created, title, null, AdminSnapshots.Of(category));
        }
        else
        {
            var before = AdminSnapshots.Of(category);
            category.Title = title;
            audit.Add(actor, AdminEntityType.DirectoryCategory, category.Id, AdminAuditAction.Updated, title, before, AdminSnapshots.Of(category));
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Directory/Index");
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id)
    {
        var category = await FindAsync(id);
        if (category is null)
        {
            return NotFound();
        }

        Id = category.Id;
        Input.Title = category.Title;
        SituationCount = await db.DirectorySituations.CountAsync(s => s.CategoryId == id, HttpContext.RequestAborted);
        ConfirmingDelete = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var category = await FindAsync(id);
        if (category is null)
        {
            return NotFound();
        }

        audit.Add(AdminScope.ActorOf(User), AdminEntityType.DirectoryCategory, category.Id, AdminAuditAction.Deleted,
            category.Title, AdminSnapshots.Of(category), null);
        db.DirectoryCategories.Remove(category);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Directory/Index");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? direction)
    {
        var category = await FindAsync(id);
        if (category is null)
        {
            return NotFound();
        }

        var up = Reorder.IsUp(direction);
        var siblings = await Siblings(category.MunicipalityId).OrderBy(c => c.SortOrder).ThenBy(c => c.Title).ToListAsync();
        var before = AdminSnapshots.Of(category);
        if (Reorder.Move(siblings, category, up, (c, order) => c.SortOrder = order))
        {
            audit.Add(AdminScope.ActorOf(User), AdminEntityType.DirectoryCategory, category.Id,
                up ? AdminAuditAction.MovedUp : AdminAuditAction.MovedDown, category.Title, before, AdminSnapshots.Of(category));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return RedirectToPage("/Admin/Directory/Index");
    }

    /// <summary>Only the signed-in administrator's own categories: another municipality's id is "not found".</summary>
    private Task<DirectoryCategory?> FindAsync(Guid id)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return Siblings(municipalityId).SingleOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
    }

    private IQueryable<DirectoryCategory> Siblings(Guid municipalityId) =>
        db.DirectoryCategories.Where(c => c.MunicipalityId == municipalityId);

    public sealed class InputModel
    {
        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "CategoryTitle")]
        public string Title { get; set; } = "";
    }
}
