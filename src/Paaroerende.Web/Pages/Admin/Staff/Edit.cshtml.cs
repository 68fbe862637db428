using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Invitations;
using Paaroerende.Core;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Mail;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Invitations;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Mail;

namespace Paaroerende.Web.Pages.Admin.Staff;

/// <summary>
/// One staff account: name, roles and units; deactivation (signed out everywhere on the next request) and
/// reactivation; a new invitation while the person has not yet chosen a password.
/// </summary>
public class EditModel(
    PortalDbContext db, UserManager<PortalUser> users, StaffInvitations invitations, AdminAudit audit, MailOutbox outbox,
    TimeProvider clock, PortalMails mails, PageText<EditModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Id { get; private set; } = "";

    public string? Email { get; private set; }

    public AccountStatus Status { get; private set; }

    public bool TwoFactorEnabled { get; private set; }

    public bool IsSelf { get; private set; }

    public StaffForm Form { get; private set; } = new([], [], [], []);

    [BindProperty(SupportsGet = true, Name = "besked")]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        Input.DisplayName = user.DisplayName;
        Input.Roles = [.. (await users.GetRolesAsync(user)).Where(StaffAccounts.Roles.Contains)];
        Input.UnitIds = await db.StaffUnitAssignments.Where(a => a.UserId == user.Id).Select(a => a.UnitId).ToListAsync(HttpContext.RequestAborted);
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await FindAsync(id);
        var actor = AdminScope.ActorOf(User);
        var ct = HttpContext.RequestAborted;
        var ownUnits = await db.Units.Where(u => u.MunicipalityId == actor.MunicipalityId).Select(u => u.Id).ToListAsync(ct);
        if (user is null || Input.UnitIds.Except(ownUnits).Any())
        {
            return NotFound();
        }

        StaffInputRules.Check(Input.Roles, Input.UnitIds, ModelState, text);
        if (user.Id == actor.UserId && !Input.Roles.Contains(PortalRoles.Administrator))
        {
            ModelState.AddModelError("Input.Roles", text["KeepOwnAdministrator"]);
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(user);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = await StaffAccounts.SnapshotAsync(db, user, ct);
        user.DisplayName = Input.DisplayName.Trim();
        await users.UpdateAsync(user);
        var current = (await users.GetRolesAsync(user)).Where(StaffAccounts.Roles.Contains).ToList();
        await users.RemoveFromRolesAsync(user, current.Except(Input.Roles));
        await users.AddToRolesAsync(user, Input.Roles.Distinct().Except(current));
        await StaffAccounts.SetUnitsAsync(db, user.Id, Input.UnitIds.Distinct().ToList(), ct);
        await db.SaveChangesAsync(ct);
        audit.Add(actor, AdminEntityType.StaffAccount, user.Id, AdminAuditAction.Updated, user.DisplayName, before,
            await StaffAccounts.SnapshotAsync(db, user, ct));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        SavedNotice.Saved(TempData, user.DisplayName);
        return RedirectToPage("/Admin/Staff/Index");
    }

    /// <summary>
    /// Refuses sign-in from now on and ends every open session at its next request (the cookie check reads the
    /// deactivation time); the new security stamp makes the old cookies worthless even if that check were skipped.
    /// </summary>
    public async Task<IActionResult> OnPostDeactivateAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var actor = AdminScope.ActorOf(User);
        if (user.Id == actor.UserId)
        {
            return RedirectToPage(new { id, besked = "self" });
        }

        if (user.DeactivatedAtUtc is null)
        {
            var ct = HttpContext.RequestAborted;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var before = await StaffAccounts.SnapshotAsync(db, user, ct);
            user.DeactivatedAtUtc = Instant.Now(clock);
            await users.UpdateSecurityStampAsync(user);
            audit.Add(actor, AdminEntityType.StaffAccount, user.Id, AdminAuditAction.Deactivated, user.DisplayName, before,
                await StaffAccounts.SnapshotAsync(db, user, ct));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return RedirectToPage(new { id, besked = "deactivated" });
    }

    public async Task<IActionResult> OnPostReactivateAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.DeactivatedAtUtc is not null)
        {
            var ct = HttpContext.RequestAborted;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var before = await StaffAccounts.SnapshotAsync(db, user, ct);
            user.DeactivatedAtUtc = null;
            await users.UpdateAsync(user);
            audit.Add(AdminScope.ActorOf(User), AdminEntityType.StaffAccount, user.Id, AdminAuditAction.Reactivated, user.DisplayName,
                before, await StaffAccounts.SnapshotAsync(db, user, ct));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return RedirectToPage(new { id, besked = "reactivated" });
    }

    public async Task<IActionResult> OnPostResendAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.PasswordHash is not null || user.DeactivatedAtUtc is not null)
        {
            return RedirectToPage(new { id });
        }

        var actor = AdminScope.ActorOf(User);
        var ct = HttpContext.RequestAborted;
        var token = await invitations.IssueAsync(user.Id, actor.UserId, ct);
        var snapshot = await StaffAccounts.SnapshotAsync(db, user, ct);
        audit.Add(actor, AdminEntityType.StaffAccount, user.Id, AdminAuditAction.InvitationResent, user.DisplayName, snapshot, snapshot);
        await StaffInvitationMail.QueueAsync(db, outbox, mails, Url, user, actor.Name, token, again: true, ct);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id, besked = "resent" });
    }

    private async Task ShowAsync(PortalUser user)
    {
        Id = user.Id;
        Email = user.Email;
        Status = user.DeactivatedAtUtc is not null ? AccountStatus.Deactivated : user.PasswordHash is not null ? AccountStatus.Active : AccountStatus.Invited;
        TwoFactorEnabled = user.TwoFactorEnabled;
        IsSelf = user.Id == PortalClaims.UserIdOf(User);
        var units = await StaffForm.UnitsAsync(db, AdminScope.MunicipalityIdOf(User), HttpContext.RequestAborted);
        Form = new StaffForm(StaffAccounts.Roles, units, Input.Roles, Input.UnitIds);
    }

    /// <summary>Only staff and administrators of the signed-in administrator's own municipality.</summary>
    private Task<PortalUser?> FindAsync(string id) =>
        StaffAccounts.Of(db, AdminScope.MunicipalityIdOf(User)).SingleOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);

    public sealed class InputModel
    {
        [Required]
        [StringLength(FieldLengths.Name)]
        [Display(Name = "DisplayName")]
        public string DisplayName { get; set; } = "";

        public List<string> Roles { get; set; } = [];

        public List<Guid> UnitIds { get; set; } = [];
    }
}
