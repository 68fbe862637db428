using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Web.Feedback;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Feedback;

/// <summary>
/// The municipality's feedback in figures: the whole municipality's report and a line per unit, every figure on fewer
/// than five answers left out. Printable as it is, which is how it is shared with the relatives' council (docs/adr/0037).
/// </summary>
public class IndexModel(PortalDbContext db, FeedbackReports reports) : PageModel
{
    public string MunicipalityName { get; private set; } = "";

    public FeedbackReportView Municipality { get; private set; } = null!;

    public IReadOnlyList<UnitReport> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        MunicipalityName = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Name).SingleAsync(ct);
        Municipality = new FeedbackReportView("municipality", MunicipalityName, await reports.ForMunicipalityAsync(municipalityId, ct));
        Units = await reports.PerUnitAsync(municipalityId, ct);
    }
}
