using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.Data;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>Adds, renames, moves or deletes a category of the directory (deleting takes its situations and contacts along).</summary>
public class CategoryModel(PortalDbContext db, AdminAudit audit) : OrderedAdminEditorModel<DirectoryCategory, CategoryModel.InputModel>(db, audit)
{
    public int SituationCount { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid? id) => ShowFormAsync(id);

    public Task<IActionResult> OnPostAsync(Guid? id) => SaveAsync(id);

    public Task<IActionResult> OnGetDeleteAsync(Guid id) => ConfirmDeleteAsync(id);

    public Task<IActionResult> OnPostDeleteAsync(Guid id) => DeleteAsync(id);

    public Task<IActionResult> OnPostMoveAsync(Guid id, string? direction) => MoveAsync(id, direction);

    protected override AdminEntityType EntityType => AdminEntityType.DirectoryCategory;

    protected override string IndexPage => "/Admin/Directory/Index";

    protected override Task<DirectoryCategory?> FindOwnAsync(Guid id, Guid municipalityId) =>
        Siblings(municipalityId).SingleOrDefaultAsync(c => c.Id == id, Aborted);

    protected override Guid IdOf(DirectoryCategory item) => item.Id;

    protected override string NameOf(DirectoryCategory item) => item.Title;

    protected override object Snapshot(DirectoryCategory item) => AdminSnapshots.Of(item);

    protected override IQueryable<DirectoryCategory> SiblingsInOrder(DirectoryCategory item) =>
        Siblings(item.MunicipalityId).OrderBy(c => c.SortOrder).ThenBy(c => c.Title);

    protected override void SetSortOrder(DirectoryCategory item, int sortOrder) => item.SortOrder = sortOrder;

    protected override async Task DescribeDeletionAsync(DirectoryCategory item) =>
        SituationCount = await Db.DirectorySituations.CountAsync(s => s.CategoryId == item.Id, Aborted);

    protected override InputModel ToInput(DirectoryCategory item) => new() { Title = item.Title };

    protected override async Task<DirectoryCategory> CreateAsync(Guid municipalityId) => new()
    {
        Id = Guid.NewGuid(),
        MunicipalityId = municipalityId,
        Title = "",
        SortOrder = await Reorder.LastPlusOneAsync(Siblings(municipalityId).Select(c => c.SortOrder), Aborted),
    };

    protected override void Apply(DirectoryCategory item) => item.Title = Input.Title.Trim();

    private IQueryable<DirectoryCategory> Siblings(Guid municipalityId) =>
        Db.DirectoryCategories.Where(c => c.MunicipalityId == municipalityId);

    public sealed class InputModel
    {
        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "CategoryTitle")]
        public string Title { get; set; } = "";
    }
}
