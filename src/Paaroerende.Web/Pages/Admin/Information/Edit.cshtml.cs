using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
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
public class EditModel(PortalDbContext db, AdminAudit audit, PageText<EditModel> text)
    : OrderedAdminEditorModel<InformationPage, EditModel.InputModel>(db, audit)
{
    /// <summary>The address the page is saved under: the one typed, or one made from the title.</summary>
    private string _slug = "";

    public string? PreviewHtml { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid? id) => ShowFormAsync(id);

    public Task<IActionResult> OnPostAsync(Guid? id) => SaveAsync(id);

    public Task<IActionResult> OnGetDeleteAsync(Guid id) => ConfirmDeleteAsync(id);

    public Task<IActionResult> OnPostDeleteAsync(Guid id) => DeleteAsync(id);

    public Task<IActionResult> OnPostMoveAsync(Guid id, string? direction) => MoveAsync(id, direction);

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

    protected override AdminEntityType EntityType => AdminEntityType.InformationPage;

    protected override string IndexPage => "/Admin/Information/Index";

    protected override Task<InformationPage?> FindOwnAsync(Guid id, Guid municipalityId) =>
        Own(municipalityId).SingleOrDefaultAsync(p => p.Id == id, Aborted);

    protected override Guid IdOf(InformationPage item) => item.Id;

    protected override string NameOf(InformationPage item) => item.Title;

    protected override object Snapshot(InformationPage item) => AdminSnapshots.Of(item);

    protected override IQueryable<InformationPage> SiblingsInOrder(InformationPage item) =>
        Own(item.MunicipalityId).OrderBy(p => p.SortOrder).ThenBy(p => p.Title);

    protected override void SetSortOrder(InformationPage item, int sortOrder) => item.SortOrder = sortOrder;

    /// <summary>The address must be there (a title of only signs gives none) and not used by another page.</summary>
    protected override async Task ValidateAsync()
    {
        _slug = string.IsNullOrWhiteSpace(Input.Slug) ? Slugs.FromTitle(Input.Title ?? "") : Input.Slug.Trim();
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        if (ModelState.IsValid && (_slug.Length == 0 || await Own(municipalityId).AnyAsync(p => p.Slug == _slug && p.Id != Id)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Slug)}", text[_slug.Length == 0 ? "SlugMissing" : "SlugTaken", _slug]);
        }
    }

    protected override InputModel ToInput(InformationPage item) =>
        new() { Title = item.Title, Slug = item.Slug, Summary = item.Summary, BodyMarkdown = item.BodyMarkdown };

    protected override async Task<InformationPage> CreateAsync(Guid municipalityId) => new()
    {
        Id = Guid.NewGuid(),
        MunicipalityId = municipalityId,
        Slug = _slug,
        Title = "",
        BodyMarkdown = "",
        SortOrder = await Reorder.LastPlusOneAsync(Own(municipalityId).Select(p => p.SortOrder), Aborted),
    };

    protected override void Apply(InformationPage item)
    {
        item.Title = Input.Title!.Trim();
        item.Slug = _slug;
        item.Summary = Optional.Text(Input.Summary);
        item.BodyMarkdown = Input.BodyMarkdown!.Trim();
    }

    private IQueryable<InformationPage> Own(Guid municipalityId) => Db.InformationPages.Where(p => p.MunicipalityId == municipalityId);

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
