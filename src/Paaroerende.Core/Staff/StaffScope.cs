using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Staff;

/// <summary>
/// Tenancy for staff: the citizens of the units a staff member is assigned to, and nothing else. Every staff query
/// about citizens starts here, so a citizen id from a URL cannot reach another unit's or municipality's data.
/// </summary>
public sealed class StaffScope(PortalDbContext db)
{
    public IQueryable<Guid> UnitIds(string staffUserId) =>
        db.StaffUnitAssignments.Where(a => a.UserId == staffUserId).Select(a => a.UnitId);

    public IQueryable<Citizen> Citizens(string staffUserId)
    {
        var units = UnitIds(staffUserId);
        return db.Citizens.Where(c => units.Contains(c.UnitId));
    }

    public Task<bool> CanActOnCitizenAsync(string staffUserId, Guid citizenId, CancellationToken cancellationToken = default) =>
        Citizens(staffUserId).AnyAsync(c => c.Id == citizenId, cancellationToken);
}
