using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.Data;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>Adds or edits a contact under a situation: name, phone, mail, opening hours, web address and a note.</summary>
public class ContactModel(PortalDbContext db, AdminAudit audit) : OrderedAdminEditorModel<DirectoryContact, ContactModel.InputModel>(db, audit)
{
    public IReadOnlyList<SelectOption> Situations { get; private set; } = [];

    /// <summary>A new contact starts under the situation it was added from.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? situationId)
    {
        if (id is null)
        {
            if (situationId is { } wanted && !await IsOwnSituationAsync(wanted))
            {
                return NotFound();
            }

            Input.SituationId = situationId;
        }

        return await ShowFormAsync(id);
    }

    public Task<IActionResult> OnPostAsync(Guid? id) => SaveAsync(id);

    public Task<IActionResult> OnGetDeleteAsync(Guid id) => ConfirmDeleteAsync(id);

    public Task<IActionResult> OnPostDeleteAsync(Guid id) => DeleteAsync(id);

    public Task<IActionResult> OnPostMoveAsync(Guid id, string? direction) => MoveAsync(id, direction);

    protected override AdminEntityType EntityType => AdminEntityType.DirectoryContact;

    protected override string IndexPage => "/Admin/Directory/Index";

    protected override Task<DirectoryContact?> FindOwnAsync(Guid id, Guid municipalityId) =>
        Db.DirectoryContacts.SingleOrDefaultAsync(c => c.Id == id && c.Situation!.Category!.MunicipalityId == municipalityId, Aborted);

    protected override Guid IdOf(DirectoryContact item) => item.Id;

    protected override string NameOf(DirectoryContact item) => item.Name;

    protected override object Snapshot(DirectoryContact item) => AdminSnapshots.Of(item);

    protected override IQueryable<DirectoryContact> SiblingsInOrder(DirectoryContact item) =>
        InSituation(item.SituationId).OrderBy(c => c.SortOrder).ThenBy(c => c.Name);

    protected override void SetSortOrder(DirectoryContact item, int sortOrder) => item.SortOrder = sortOrder;

    protected override async Task<bool> PostedChoicesAreOwnAsync() =>
        Input.SituationId is not { } wanted || await IsOwnSituationAsync(wanted);

    protected override async Task LoadChoicesAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        // Guids are formatted here, not in SQL: SQLite stores them in capitals.
        var situations = await Db.DirectorySituations.AsNoTracking()
            .Where(s => s.Category!.MunicipalityId == municipalityId)
            .OrderBy(s => s.Category!.SortOrder).ThenBy(s => s.Category!.Title).ThenBy(s => s.SortOrder).ThenBy(s => s.Title)
            .Select(s => new { s.Id, s.Title, Category = s.Category!.Title })
            .ToListAsync(Aborted);
        Situations = situations.Select(s => new SelectOption(s.Id.ToString(), s.Title, s.Category)).ToList();
    }

    protected override InputModel ToInput(DirectoryContact item) => new()
    {
        SituationId = item.SituationId,
        Name = item.Name,
        Phone = item.Phone,
        Email = item.Email,
        OpeningHours = item.OpeningHours,
        WebAddress = item.WebAddress,
        Note = item.Note,
    };

    protected override async Task<DirectoryContact> CreateAsync(Guid municipalityId) =>
        new() { Id = Guid.NewGuid(), Name = "", SortOrder = await LastInSituationAsync(Input.SituationId!.Value) };

    /// <summary>Moved to another situation: it goes last there.</summary>
    protected override async Task BeforeUpdateAsync(DirectoryContact item)
    {
        if (item.SituationId != Input.SituationId!.Value)
        {
            item.SortOrder = await LastInSituationAsync(Input.SituationId!.Value);
        }
    }

    protected override void Apply(DirectoryContact item)
    {
        item.SituationId = Input.SituationId!.Value;
        item.Name = Input.Name.Trim();
        item.Phone = Optional.Text(Input.Phone);
        item.Email = Optional.Text(Input.Email);
        item.OpeningHours = Optional.Text(Input.OpeningHours);
        item.WebAddress = Optional.Text(Input.WebAddress);
        item.Note = Optional.Text(Input.Note);
    }

    private Task<int> LastInSituationAsync(Guid situationId) =>
        Reorder.LastPlusOneAsync(InSituation(situationId).Select(c => c.SortOrder), Aborted);

    private IQueryable<DirectoryContact> InSituation(Guid situationId) => Db.DirectoryContacts.Where(c => c.SituationId == situationId);

    private Task<bool> IsOwnSituationAsync(Guid situationId)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return Db.DirectorySituations.AnyAsync(s => s.Id == situationId && s.Category!.MunicipalityId == municipalityId, Aborted);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Situation")]
        public Guid? SituationId { get; set; }

        [Required]
        [StringLength(FieldLengths.Name)]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [StringLength(FieldLengths.Phone)]
        [DanishPhone]
        [Display(Name = "Phone")]
        public string? Phone { get; set; }

        [StringLength(FieldLengths.Email)]
        [MailAddress]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "OpeningHours")]
        public string? OpeningHours { get; set; }

        [StringLength(FieldLengths.Url)]
        [WebAddress]
        [Display(Name = "WebAddress")]
        public string? WebAddress { get; set; }

        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Note")]
        public string? Note { get; set; }
    }
}
