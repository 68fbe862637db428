using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Web.Feedback;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Feedback;

/// <summary>One unit's feedback in figures; another municipality's unit is "not found".</summary>
public class UnitModel(PortalDbContext db, FeedbackReports reports) : PageModel
{
    public FeedbackReportView Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid unitId)
    {
        var ct = HttpContext.RequestAborted;
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var name = await db.Units.Where(u => u.Id == unitId && u.MunicipalityId == municipalityId).Select(u => u.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }

        Report = new FeedbackReportView($"unit-{unitId:N}", name, await reports.ForUnitAsync(unitId, ct));
        return Page();
    }
}
