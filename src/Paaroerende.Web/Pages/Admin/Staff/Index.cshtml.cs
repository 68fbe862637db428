using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Staff;

/// <summary>The municipality's staff and administrators: roles, units, whether they have accepted and set up two-factor sign-in.</summary>
public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    /// <summary>Set after an invitation: the address it went to.</summary>
    [BindProperty(SupportsGet = true, Name = "inviteret")]
    public string? InvitedEmail { get; set; }

    public async Task OnGetAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var ct = HttpContext.RequestAborted;
        var accounts = await StaffAccounts.Of(db, municipalityId).AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.DeactivatedAtUtc, HasPassword = u.PasswordHash != null, u.TwoFactorEnabled,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Units = db.StaffUnitAssignments.Where(a => a.UserId == u.Id).Select(a => a.Unit!.Name).ToList(),
            })
            .ToListAsync(ct);
        Accounts = accounts
            .Select(a => new AccountRow(
                a.Id, a.DisplayName, a.Email, a.Roles.Order(StringComparer.Ordinal).ToList(), a.Units.Order(StringComparer.Ordinal).ToList(),
                a.DeactivatedAtUtc is not null ? AccountStatus.Deactivated : a.HasPassword ? AccountStatus.Active : AccountStatus.Invited,
                a.TwoFactorEnabled))
            .ToList();
    }

    public sealed record AccountRow(
        string Id, string DisplayName, string? Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Units,
        AccountStatus Status, bool TwoFactorEnabled);
}

public enum AccountStatus
{
    Invited,
    Active,
    Deactivated,
}
