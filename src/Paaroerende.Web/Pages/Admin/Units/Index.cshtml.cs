using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Tenancy;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Units;

/// <summary>The municipality's units: nursing homes, home care districts, residential offers, ...</summary>
public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        Units = await db.Units.AsNoTracking()
            .Where(u => u.MunicipalityId == municipalityId)
            .OrderBy(u => u.Name)
            .Select(u => new UnitRow(
                u.Id, u.Name, u.Type, u.StreetAddress, u.PostalCode, u.City,
                db.Citizens.Count(c => c.UnitId == u.Id),
                db.StaffUnitAssignments.Count(a => a.UnitId == u.Id)))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public sealed record UnitRow(
        Guid Id, string Name, UnitType Type, string? StreetAddress, string? PostalCode, string? City, int Citizens, int Staff);
}
