using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Councils;

/// <summary>Adds or edits a relatives' council, for one unit or the whole municipality.</summary>
public class EditModel(PortalDbContext db, AdminAudit audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool ConfirmingDelete { get; private set; }

    public int MeetingCount { get; private set; }

    public IReadOnlyList<SelectOption> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existingId)
        {
            var council = await FindAsync(existingId);
            if (council is null)
            {
                return NotFound();
            }

            Id = council.Id;
            Input = new InputModel
            {
                Name = council.Name,
                Description = council.Description,
                UnitId = council.UnitId,
                ContactEmail = council.ContactEmail,
            };
        }

        await LoadUnitsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var council = id is { } existingId ? await FindAsync(existingId) : null;
        if ((id is not null && council is null) || (Input.UnitId is { } unitId && !await IsOwnUnitAsync(unitId)))
        {
            return NotFound();
        }

        Id = id;
        if (!ModelState.IsValid)
        {
            await LoadUnitsAsync();
            return Page();
        }

        var actor = AdminScope.ActorOf(User);
        if (council is null)
        {
            council = new RelativesCouncil { Id = Guid.NewGuid(), MunicipalityId = actor.MunicipalityId, Name = "", Description = "" };
            Apply(council);
            db.RelativesCouncils.Add(council);
            audit.Add(actor, AdminEntityType.RelativesCouncil, council.Id, AdminAuditAction.Created, council.Name, null, AdminSnapshots.Of(council));
        }
        else
        {
            var before = AdminSnapshots.Of(council);
            Apply(council);
            audit.Add(actor, AdminEntityType.RelativesCouncil, council.Id, AdminAuditAction.Updated, council.Name, before, AdminSnapshots.Of(council));
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Councils/Index");
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id)
    {
        var council = await FindAsync(id);
        if (council is null)
        {
            return NotFound();
        }

        Id = council.Id;
        Input.Name = council.Name;
        MeetingCount = await db.CouncilMeetings.CountAsync(m => m.CouncilId == id, HttpContext.RequestAborted);
        ConfirmingDelete = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var council = await FindAsync(id);
        if (council is null)
        {
            return NotFound();
        }

        audit.Add(AdminScope.ActorOf(User), AdminEntityType.RelativesCouncil, council.Id, AdminAuditAction.Deleted,
            council.Name, AdminSnapshots.Of(council), null);
        db.RelativesCouncils.Remove(council);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Councils/Index");
    }

    private void Apply(RelativesCouncil council)
    {
        council.Name = Input.Name.Trim();
        council.Description = Input.Description.Trim();
        council.UnitId = Input.UnitId;
        council.ContactEmail = string.IsNullOrWhiteSpace(Input.ContactEmail) ? null : Input.ContactEmail.Trim();
    }

    private Task<RelativesCouncil?> FindAsync(Guid id)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return db.RelativesCouncils.SingleOrDefaultAsync(c => c.Id == id && c.MunicipalityId == municipalityId, HttpContext.RequestAborted);
    }

    private Task<bool> IsOwnUnitAsync(Guid unitId)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return db.Units.AnyAsync(u => u.Id == unitId && u.MunicipalityId == municipalityId, HttpContext.RequestAborted);
    }

    private async Task LoadUnitsAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.MunicipalityId == municipalityId)
            .OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name })
            .ToListAsync(HttpContext.RequestAborted);
        Units = units.Select(u => new SelectOption(u.Id.ToString(), u.Name)).ToList();
    }

    public sealed class InputModel
    {
        [Required]
        [StringLength(FieldLengths.Name)]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [Required]
        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Description")]
        public string Description { get; set; } = "";

        [Display(Name = "Unit")]
        public Guid? UnitId { get; set; }

        [StringLength(FieldLengths.Email)]
        [MailAddress]
        [Display(Name = "ContactEmail")]
        public string? ContactEmail { get; set; }
    }
}
