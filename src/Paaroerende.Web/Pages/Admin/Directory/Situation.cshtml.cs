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

/// <summary>Adds or edits a situation: its category, title, description and the day it was last checked.</summary>
public class SituationModel(PortalDbContext db, AdminAudit audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool ConfirmingDelete { get; private set; }

    public int ContactCount { get; private set; }

    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? categoryId)
    {
        if (id is { } existingId)
        {
            var situation = await FindAsync(existingId);
            if (situation is null)
            {
                return NotFound();
            }

            Id = situation.Id;
            Input = new InputModel
            {
                CategoryId = situation.CategoryId,
                Title = situation.Title,
                Description = situation.Description,
                LastCheckedOn = situation.LastCheckedOn,
            };
        }
        else
        {
            if (categoryId is { } wanted && !await IsOwnCategoryAsync(wanted))
            {
                return NotFound();
            }

            Input.CategoryId = categoryId;
            Input.LastCheckedOn = DateOnly.FromDateTime(Localization.DanishTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        }

        await LoadCategoriesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var situation = id is { } existingId ? await FindAsync(existingId) : null;
        if ((id is not null && situation is null) || (Input.CategoryId is { } wanted && !await IsOwnCategoryAsync(wanted)))
        {
            return NotFound();
        }

        Id = id;
        if (!ModelState.IsValid)
        {
            await LoadCategoriesAsync();
            return Page();
        }

        var actor = AdminScope.ActorOf(User);
        var categoryId = Input.CategoryId!.Value;
        if (situation is null)
        {
            var last = await db.DirectorySituations.Where(s => s.CategoryId == categoryId).Select(s => (int?)s.SortOrder).MaxAsync();
            situation = new DirectorySituation { Id = Guid.NewGuid(), CategoryId = categoryId, Title = "", SortOrder = (last ?? 0) + 1 };
            Apply(situation);
            db.DirectorySituations.Add(situation);
            audit.Add(actor, AdminEntityType.DirectorySituation, situation.Id, AdminAuditAction.Created, situation.Title, null, AdminSnapshots.Of(situation));
        }
        else
        {
            var before = AdminSnapshots.Of(situation);
            if (situation.CategoryId != categoryId)
            {
                var last = await db.DirectorySituations.Where(s => s.CategoryId == categoryId).Select(s => (int?)s.SortOrder).MaxAsync();
                situation.SortOrder = (last ?? 0) + 1;
            }

            Apply(situation);
            audit.Add(actor, AdminEntityType.DirectorySituation, situation.Id, AdminAuditAction.Updated, situation.Title, before, AdminSnapshots.Of(situation));
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Directory/Index");
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id)
    {
        var situation = await FindAsync(id);
        if (situation is null)
        {
            return NotFound();
        }

        Id = situation.Id;
        Input.Title = situation.Title;
        ContactCount = await db.DirectoryContacts.CountAsync(c => c.SituationId == id, HttpContext.RequestAborted);
        ConfirmingDelete = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var situation = await FindAsync(id);
        if (situation is null)
        {
            return NotFound();
        }

        audit.Add(AdminScope.ActorOf(User), AdminEntityType.DirectorySituation, situation.Id, AdminAuditAction.Deleted,
            situation.Title, AdminSnapshots.Of(situation), null);
        db.DirectorySituations.Remove(situation);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Directory/Index");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? direction)
    {
        var situation = await FindAsync(id);
        if (situation is null)
        {
            return NotFound();
        }

        var up = Reorder.IsUp(direction);
        var siblings = await db.DirectorySituations.Where(s => s.CategoryId == situation.CategoryId)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Title).ToListAsync();
        var before = AdminSnapshots.Of(situation);
        if (Reorder.Move(siblings, situation, up, (s, order) => s.SortOrder = order))
        {
            audit.Add(AdminScope.ActorOf(User), AdminEntityType.DirectorySituation, situation.Id,
                up ? AdminAuditAction.MovedUp : AdminAuditAction.MovedDown, situation.Title, before, AdminSnapshots.Of(situation));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return RedirectToPage("/Admin/Directory/Index");
    }

    private void Apply(DirectorySituation situation)
    {
        situation.CategoryId = Input.CategoryId!.Value;
        situation.Title = Input.Title.Trim();
        situation.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        situation.LastCheckedOn = Input.LastCheckedOn;
    }

    private Task<DirectorySituation?> FindAsync(Guid id)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return db.DirectorySituations
            .SingleOrDefaultAsync(s => s.Id == id && s.Category!.MunicipalityId == municipalityId, HttpContext.RequestAborted);
    }

    private Task<bool> IsOwnCategoryAsync(Guid categoryId)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return db.DirectoryCategories.AnyAsync(c => c.Id == categoryId && c.MunicipalityId == municipalityId, HttpContext.RequestAborted);
    }

    private async Task LoadCategoriesAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        Categories = await db.DirectoryCategories.AsNoTracking()
            .Where(c => c.MunicipalityId == municipalityId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Title)
            .Select(c => new CategoryOption(c.Id, c.Title))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public sealed record CategoryOption(Guid Id, string Title);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Category")]
        public Guid? CategoryId { get; set; }

        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "SituationTitle")]
        public string Title { get; set; } = "";

        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Description")]
        public string? Description { get; set; }

        [Display(Name = "LastCheckedOn")]
        public DateOnly? LastCheckedOn { get; set; }
    }
}
