using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.Data;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>The municipality's whole directory as a CSV file for Danish Excel (semicolons, UTF-8 with byte order mark).</summary>
public class ExportModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var ct = HttpContext.RequestAborted;
        var slug = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Slug).SingleAsync(ct);
        var rows = await DirectoryExport.RowsAsync(db, municipalityId, ct);
        var day = Localization.DanishTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(DirectoryCsv.Write(rows), "text/csv; charset=utf-8", $"hvem-kontakter-jeg-{slug}-{day}.csv");
    }
}
