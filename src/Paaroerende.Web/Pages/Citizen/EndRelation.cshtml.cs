using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>The citizen ends a relation after one confirmation that says what happens. Access stops at once.</summary>
public class EndRelationModel(PortalDbContext db, CitizenConsents consents) : PageModel
{
    public string Name { get; private set; } = "";

    public DateTime? EndedAtUtc { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<CitizenAccess>();
        await consents.EndRelationAsync(access.UserId, access.CitizenId, access.RelationId!.Value, HttpContext.RequestAborted);
        TempData[ReceiptModel.NoticeKey] = "Ended";
        return RedirectToPage("/Citizen/Receipt", new { relationId = access.RelationId });
    }

    private async Task LoadAsync()
    {
        var access = HttpContext.Access<CitizenAccess>();
        var relation = await db.Relations.AsNoTracking().Where(r => r.Id == access.RelationId)
            .Select(r => new { Name = r.Person!.FirstName + " " + r.Person.LastName, r.EndedAtUtc })
            .SingleAsync(HttpContext.RequestAborted);
        (Name, EndedAtUtc) = (relation.Name, relation.EndedAtUtc);
    }
}
