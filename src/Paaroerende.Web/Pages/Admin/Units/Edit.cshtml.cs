using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.Tenancy;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Units;

/// <summary>
/// Adds or edits a unit: type, address, visiting and opening hours, phone and mail. A unit with citizens, staff or a
/// council cannot be deleted: they would lose their place.
/// </summary>
public class EditModel(PortalDbContext db, AdminAudit audit, PageText<EditModel> text) : AdminEditorModel<Unit, EditModel.InputModel>(db, audit)
{
    public bool CanDelete { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid? id) => ShowFormAsync(id);

    public Task<IActionResult> OnPostAsync(Guid? id) => SaveAsync(id);

    public Task<IActionResult> OnGetDeleteAsync(Guid id) => ConfirmDeleteAsync(id);

    public Task<IActionResult> OnPostDeleteAsync(Guid id) => DeleteAsync(id);

    public IReadOnlyList<SelectOption> TypeOptions(Localization.EnumTexts texts) =>
        Enum.GetValues<UnitType>().Select(t => new SelectOption(t.ToString(), texts[t])).ToList();

    protected override AdminEntityType EntityType => AdminEntityType.Unit;

    protected override string IndexPage => "/Admin/Units/Index";

    protected override Task<Unit?> FindOwnAsync(Guid id, Guid municipalityId) =>
        Db.Units.SingleOrDefaultAsync(u => u.Id == id && u.MunicipalityId == municipalityId, Aborted);

    protected override Guid IdOf(Unit item) => item.Id;

    protected override string NameOf(Unit item) => item.Name;

    protected override object Snapshot(Unit item) => AdminSnapshots.Of(item);

    protected override async Task DescribeDeletionAsync(Unit item) => CanDelete = !await IsInUseAsync(item.Id);

    protected override async Task<string?> WhyNotDeletableAsync(Unit item) => await IsInUseAsync(item.Id) ? text["InUse"].Value : null;

    protected override InputModel ToInput(Unit item) => new()
    {
        Name = item.Name,
        Type = item.Type,
        StreetAddress = item.StreetAddress,
        PostalCode = item.PostalCode,
        City = item.City,
        Phone = item.Phone,
        Email = item.Email,
        OpeningHours = item.OpeningHours,
        VisitingHours = item.VisitingHours,
    };

    protected override Task<Unit> CreateAsync(Guid municipalityId) =>
        Task.FromResult(new Unit { Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = "" });

    protected override void Apply(Unit item)
    {
        item.Name = Input.Name.Trim();
        item.Type = Input.Type!.Value;
        item.StreetAddress = Optional.Text(Input.StreetAddress);
        item.PostalCode = Optional.Text(Input.PostalCode);
        item.City = Optional.Text(Input.City);
        item.Phone = Optional.Text(Input.Phone);
        item.Email = Optional.Text(Input.Email);
        item.OpeningHours = Optional.Text(Input.OpeningHours);
        item.VisitingHours = Optional.Text(Input.VisitingHours);
    }

    /// <summary>Citizens, staff and councils would lose their place.</summary>
    private async Task<bool> IsInUseAsync(Guid id) =>
        await Db.Citizens.AnyAsync(c => c.UnitId == id)
        || await Db.StaffUnitAssignments.AnyAsync(a => a.UnitId == id)
        || await Db.RelativesCouncils.AnyAsync(c => c.UnitId == id);

    public sealed class InputModel
    {
        [Required]
        [StringLength(FieldLengths.Name)]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Type")]
        public UnitType? Type { get; set; }

        [StringLength(FieldLengths.Name)]
        [Display(Name = "StreetAddress")]
        public string? StreetAddress { get; set; }

        [RegularExpression("^[0-9]{4}$", ErrorMessage = "PostalCodeInvalid")]
        [Display(Name = "PostalCode")]
        public string? PostalCode { get; set; }

        [StringLength(FieldLengths.Name)]
        [Display(Name = "City")]
        public string? City { get; set; }

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

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "VisitingHours")]
        public string? VisitingHours { get; set; }
    }
}
