using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.Data;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>Adds or edits a situation: its category, title, description and the day it was last checked.</summary>
public class SituationModel(PortalDbContext db, AdminAudit audit, TimeProvider clock)
    : OrderedAdminEditorModel<DirectorySituation, SituationModel.InputModel>(db, audit)
{
    public int ContactCount { get; private set; }

    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];

    /// <summary>A new situation starts in the category it was added from, checked today.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? categoryId)
    {
        if (id is null)
        {
            if (categoryId is { } wanted && !await IsOwnCategoryAsync(wanted))
            {
                return NotFound();
            }

            Input.CategoryId = categoryId;
            Input.LastCheckedOn = DateOnly.FromDateTime(Localization.DanishTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        }

        return await ShowFormAsync(id);
    }

    public Task<IActionResult> OnPostAsync(Guid? id) => SaveAsync(id);

    public Task<IActionResult> OnGetDeleteAsync(Guid id) => ConfirmDeleteAsync(id);

    public Task<IActionResult> OnPostDeleteAsync(Guid id) => DeleteAsync(id);

    public Task<IActionResult> OnPostMoveAsync(Guid id, string? direction) => MoveAsync(id, direction);

    protected override AdminEntityType EntityType => AdminEntityType.DirectorySituation;

    protected override string IndexPage => "/Admin/Directory/Index";

    protected override Task<DirectorySituation?> FindOwnAsync(Guid id, Guid municipalityId) =>
        Db.DirectorySituations.SingleOrDefaultAsync(s => s.Id == id && s.Category!.MunicipalityId == municipalityId, Aborted);

    protected override Guid IdOf(DirectorySituation item) => item.Id;

    protected override string NameOf(DirectorySituation item) => item.Title;

    protected override object Snapshot(DirectorySituation item) => AdminSnapshots.Of(item);

    protected override IQueryable<DirectorySituation> SiblingsInOrder(DirectorySituation item) =>
        InCategory(item.CategoryId).OrderBy(s => s.SortOrder).ThenBy(s => s.Title);

    protected override void SetSortOrder(DirectorySituation item, int sortOrder) => item.SortOrder = sortOrder;

    protected override async Task<bool> PostedChoicesAreOwnAsync() =>
        Input.CategoryId is not { } wanted || await IsOwnCategoryAsync(wanted);

    protected override async Task LoadChoicesAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        Categories = await Db.DirectoryCategories.AsNoTracking()
            .Where(c => c.MunicipalityId == municipalityId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Title)
            .Select(c => new CategoryOption(c.Id, c.Title))
            .ToListAsync(Aborted);
    }

    protected override async Task DescribeDeletionAsync(DirectorySituation item) =>
        ContactCount = await Db.DirectoryContacts.CountAsync(c => c.SituationId == item.Id, Aborted);

    protected override InputModel ToInput(DirectorySituation item) => new()
    {
        CategoryId = item.CategoryId,
        Title = item.Title,
        Description = item.Description,
        LastCheckedOn = item.LastCheckedOn,
    };

    protected override async Task<DirectorySituation> CreateAsync(Guid municipalityId)
    {
        var categoryId = Input.CategoryId!.Value;
        return new DirectorySituation { Id = Guid.NewGuid(), CategoryId = categoryId, Title = "", SortOrder = await LastInCategoryAsync(categoryId) };
    }

    /// <summary>Moved to another category: it goes last there.</summary>
    protected override async Task BeforeUpdateAsync(DirectorySituation item)
    {
        if (item.CategoryId != Input.CategoryId!.Value)
        {
            item.SortOrder = await LastInCategoryAsync(Input.CategoryId!.Value);
        }
    }

    protected override void Apply(DirectorySituation item)
    {
        item.CategoryId = Input.CategoryId!.Value;
        item.Title = Input.Title.Trim();
        item.Description = Optional.Text(Input.Description);
        item.LastCheckedOn = Input.LastCheckedOn;
    }

    private Task<int> LastInCategoryAsync(Guid categoryId) =>
        Reorder.LastPlusOneAsync(InCategory(categoryId).Select(s => s.SortOrder), Aborted);

    private IQueryable<DirectorySituation> InCategory(Guid categoryId) => Db.DirectorySituations.Where(s => s.CategoryId == categoryId);

    private Task<bool> IsOwnCategoryAsync(Guid categoryId)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return Db.DirectoryCategories.AnyAsync(c => c.Id == categoryId && c.MunicipalityId == municipalityId, Aborted);
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
