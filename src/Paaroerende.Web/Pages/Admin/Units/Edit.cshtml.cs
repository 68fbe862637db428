using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
public class EditModel(PortalDbContext db, AdminAudit audit, PageText<EditModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool ConfirmingDelete { get; private set; }

    public bool CanDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existingId)
        {
            var unit = await FindAsync(existingId);
            if (unit is null)
            {
                return NotFound();
            }

            Id = unit.Id;
            Input = new InputModel
            {
                Name = unit.Name,
                Type = unit.Type,
                StreetAddress = unit.StreetAddress,
                PostalCode = unit.PostalCode,
                City = unit.City,
                Phone = unit.Phone,
                Email = unit.Email,
                OpeningHours = unit.OpeningHours,
                VisitingHours = unit.VisitingHours,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var unit = id is { } existingId ? await FindAsync(existingId) : null;
        if (id is not null && unit is null)
        {
            return NotFound();
        }

        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = AdminScope.ActorOf(User);
        if (unit is null)
        {
            unit = new Unit { Id = Guid.NewGuid(), MunicipalityId = actor.MunicipalityId, Name = "" };
            Apply(unit);
            db.Units.Add(unit);
            audit.Add(actor, AdminEntityType.Unit, unit.Id, AdminAuditAction.Created, unit.Name, null, AdminSnapshots.Of(unit));
        }
        else
        {
            var before = AdminSnapshots.Of(unit);
            Apply(unit);
            audit.Add(actor, AdminEntityType.Unit, unit.Id, AdminAuditAction.Updated, unit.Name, before, AdminSnapshots.Of(unit));
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Units/Index");
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id)
    {
        var unit = await FindAsync(id);
        if (unit is null)
        {
            return NotFound();
        }

        Id = unit.Id;
        Input.Name = unit.Name;
        CanDelete = !await IsInUseAsync(id);
        ConfirmingDelete = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var unit = await FindAsync(id);
        if (unit is null)
        {
            return NotFound();
        }

        if (await IsInUseAsync(id))
        {
            Id = unit.Id;
            Input.Name = unit.Name;
            ConfirmingDelete = true;
            ModelState.AddModelError(string.Empty, text["InUse"]);
            return Page();
        }

        audit.Add(AdminScope.ActorOf(User), AdminEntityType.Unit, unit.Id, AdminAuditAction.Deleted, unit.Name, AdminSnapshots.Of(unit), null);
        db.Units.Remove(unit);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Units/Index");
    }

    public IReadOnlyList<SelectOption> TypeOptions(Localization.EnumTexts texts) =>
        Enum.GetValues<UnitType>().Select(t => new SelectOption(t.ToString(), texts[t])).ToList();

    private async Task<bool> IsInUseAsync(Guid id) =>
        await db.Citizens.AnyAsync(c => c.UnitId == id)
        || await db.StaffUnitAssignments.AnyAsync(a => a.UnitId == id)
        || await db.RelativesCouncils.AnyAsync(c => c.UnitId == id);

    private void Apply(Unit unit)
    {
        unit.Name = Input.Name.Trim();
        unit.Type = Input.Type!.Value;
        unit.StreetAddress = Clean(Input.StreetAddress);
        unit.PostalCode = Clean(Input.PostalCode);
        unit.City = Clean(Input.City);
        unit.Phone = Clean(Input.Phone);
        unit.Email = Clean(Input.Email);
        unit.OpeningHours = Clean(Input.OpeningHours);
        unit.VisitingHours = Clean(Input.VisitingHours);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private Task<Unit?> FindAsync(Guid id)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return db.Units.SingleOrDefaultAsync(u => u.Id == id && u.MunicipalityId == municipalityId, HttpContext.RequestAborted);
    }

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
