using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Feedback;

/// <summary>
/// The feedback figures as a CSV file for the municipality's own analysis: the whole municipality and each unit, or one
/// unit. Aggregates only, suppressed like the page; every download is written to the administrators' audit log.
/// </summary>
public class ExportModel(PortalDbContext db, FeedbackReports reports, AdminAudit audit, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid? unitId)
    {
        var ct = HttpContext.RequestAborted;
        var actor = AdminScope.ActorOf(User);
        var municipality = await db.Municipalities.Where(m => m.Id == actor.MunicipalityId).Select(m => new { m.Name, m.Slug }).SingleAsync(ct);
        List<(string Name, FeedbackReport Report)> rows;
        string fileScope;
        if (unitId is { } id)
        {
            var unit = await db.Units.Where(u => u.Id == id && u.MunicipalityId == actor.MunicipalityId).Select(u => u.Name).SingleOrDefaultAsync(ct);
            if (unit is null)
            {
                return NotFound();
            }

            rows = [(unit, await reports.ForUnitAsync(id, ct))];
            fileScope = "enhed";
        }
        else
        {
            rows = [(municipality.Name, await reports.ForMunicipalityAsync(actor.MunicipalityId, ct)),
                .. (await reports.PerUnitAsync(actor.MunicipalityId, ct)).Select(u => (u.Name, u.Report))];
            fileScope = "alle";
        }

        audit.Add(actor, AdminEntityType.FeedbackReport, unitId ?? actor.MunicipalityId, AdminAuditAction.Exported,
            rows[0].Name, null, new { Scope = unitId is null ? "Municipality" : "Unit", Lines = rows.Count });
        await db.SaveChangesAsync(ct);

        var day = Localization.DanishTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(FeedbackCsv.Write(rows), "text/csv; charset=utf-8", $"feedback-{municipality.Slug}-{fileScope}-{day}.csv");
    }
}
