using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Feedback;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// "Feedback i tal": for each of my units the ratings per theme, the trend per month, answers, response times and open
/// items, with every figure on fewer than five answers left out (docs/adr/0037). Only my own units.
/// </summary>
[OverviewPage]
public class FeedbackOverviewModel(PortalDbContext db, StaffScope scope, FeedbackReports reports) : PageModel
{
    public IReadOnlyList<FeedbackReportView> Reports { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var units = await db.Units.AsNoTracking().Where(u => scope.UnitIds(PortalClaims.UserIdOf(User)).Contains(u.Id))
            .OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var views = new List<FeedbackReportView>();
        foreach (var unit in units)
        {
            views.Add(new FeedbackReportView($"unit-{unit.Id:N}", unit.Name, await reports.ForUnitAsync(unit.Id, ct)));
        }

        Reports = views;
    }
}
