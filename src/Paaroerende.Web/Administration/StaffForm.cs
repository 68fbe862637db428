using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Administration;

/// <summary>The roles and units an administrator can tick for a staff account (Pages/Admin/Staff/_RolesAndUnits).</summary>
public sealed record StaffForm(IReadOnlyList<string> Roles, IReadOnlyList<UnitChoice> Units, IReadOnlyCollection<string> ChosenRoles, IReadOnlyCollection<Guid> ChosenUnits)
{
    public static async Task<IReadOnlyList<UnitChoice>> UnitsAsync(PortalDbContext db, Guid municipalityId, CancellationToken ct) =>
        await db.Units.AsNoTracking()
            .Where(u => u.MunicipalityId == municipalityId)
            .OrderBy(u => u.Name)
            .Select(u => new UnitChoice(u.Id, u.Name))
            .ToListAsync(ct);
}

public sealed record UnitChoice(Guid Id, string Name);
