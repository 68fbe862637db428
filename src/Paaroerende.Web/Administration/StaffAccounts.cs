using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;

namespace Paaroerende.Web.Administration;

/// <summary>
/// Staff accounts as an administrator manages them: the users of the administrator's own municipality who are staff
/// or administrators. Relatives and citizens have no municipality and are never listed here.
/// </summary>
internal static class StaffAccounts
{
    /// <summary>The roles an administrator may give.</summary>
    public static readonly IReadOnlyList<string> Roles = [PortalRoles.Staff, PortalRoles.Administrator];

    public static IQueryable<PortalUser> Of(PortalDbContext db, Guid municipalityId)
    {
        var roleIds = db.Roles.Where(r => r.Name == PortalRoles.Staff || r.Name == PortalRoles.Administrator).Select(r => r.Id);
        return db.Users.Where(u =>
            u.MunicipalityId == municipalityId && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }

    public static async Task<object> SnapshotAsync(PortalDbContext db, PortalUser user, CancellationToken ct)
    {
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        var units = await db.StaffUnitAssignments.Where(a => a.UserId == user.Id).Select(a => a.Unit!.Name).ToListAsync(ct);
        return AdminSnapshots.OfStaff(user.DisplayName, user.Email, roles, units, user.DeactivatedAtUtc);
    }

    /// <summary>Replaces the user's unit assignments with the chosen ones (already checked to be the municipality's own).</summary>
    public static async Task SetUnitsAsync(PortalDbContext db, string userId, IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        var current = await db.StaffUnitAssignments.Where(a => a.UserId == userId).ToListAsync(ct);
        db.StaffUnitAssignments.RemoveRange(current.Where(a => !unitIds.Contains(a.UnitId)));
        foreach (var unitId in unitIds.Where(id => current.All(a => a.UnitId != id)))
        {
            db.StaffUnitAssignments.Add(new StaffUnitAssignment { UserId = userId, UnitId = unitId });
        }
    }
}
