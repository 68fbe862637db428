using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Privacy;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff produce a citizen's art. 15 copy on request: the same export the citizen gets. Producing it is logged as a
/// read of the audit log, so the citizen can see that staff did it.
/// </summary>
public class CitizenDataModel(PersonalDataExport export, PortalDbContext db, AuditLog audit) : PageModel
{
    public PersonalData Data { get; private set; } = null!;

    public async Task OnGetAsync() => Data = await LoadAsync();

    public async Task<IActionResult> OnGetJsonAsync()
    {
        var data = await LoadAsync();
        return File(PersonalDataJson.Create(data), "application/json", PersonalDataJson.FileName(data));
    }

    private async Task<PersonalData> LoadAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        var data = await export.ForCitizenAsync(access.CitizenId, HttpContext.RequestAborted)
            ?? throw new InvalidOperationException("The filter let a missing citizen through.");
        audit.Add(access.UserId, AuditAction.AuditLogRead, AuditOutcome.Allowed, access.CitizenId, detail: "PersonalDataExport");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return data;
    }
}
