using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Invitations;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Mail;

namespace Paaroerende.Web.Pages.Admin.Staff;

/// <summary>
/// Invites a staff member or administrator by mail: the account is created without a password, and a one-time link
/// (7 days) lets the person choose one and set up two-factor sign-in. The mail is queued in the outbox inside the
/// transaction that creates the account, so a failure leaves neither an account nor a mail. An address that already
/// signs in somewhere else (a relative, a citizen, staff of another municipality) gets the same answer as a new one,
/// so no administrator can probe who uses the portal (docs/adr/0008, 0042): nothing is made, and the address's owner
/// gets a mail saying the invitation could not be used. Only the municipality's own staff, already in its list, are
/// named as taken.
/// </summary>
public class InviteModel(
    PortalDbContext db, UserManager<PortalUser> users, StaffInvitations invitations, AdminAudit audit, MailOutbox outbox,
    PortalMails mails, PageText<InviteModel> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public StaffForm Form { get; private set; } = new([], [], [], []);

    public async Task OnGetAsync()
    {
        Input.Roles = [PortalRoles.Staff];
        await LoadFormAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = AdminScope.ActorOf(User);
        var ct = HttpContext.RequestAborted;
        var ownUnits = await db.Units.Where(u => u.MunicipalityId == actor.MunicipalityId).Select(u => u.Id).ToListAsync(ct);
        if (Input.UnitIds.Except(ownUnits).Any())
        {
            return NotFound();
        }

        StaffInputRules.Check(Input.Roles, Input.UnitIds, ModelState, text);
        var existing = ModelState.IsValid ? await users.FindByEmailAsync(Input.Email.Trim()) : null;
        if (existing is not null && await StaffAccounts.Of(db, actor.MunicipalityId).AnyAsync(u => u.Id == existing.Id, ct))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", text["EmailTaken"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadFormAsync();
            return Page();
        }

        var email = Input.Email.Trim();
        if (existing is { Email: not null })
        {
            outbox.Enqueue(mails.StaffAddressInUse(existing.Email, existing.DisplayName, actor.Name));
            await db.SaveChangesAsync(ct);
            return RedirectToPage("/Admin/Staff/Index", new { inviteret = email });
        }


        var user = new PortalUser { UserName = email, Email = email, DisplayName = Input.DisplayName.Trim(), MunicipalityId = actor.MunicipalityId };
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", error.Description);
                }

                await LoadFormAsync();
                return Page();
            }

            await users.AddToRolesAsync(user, Input.Roles.Distinct());
            await StaffAccounts.SetUnitsAsync(db, user.Id, Input.UnitIds.Distinct().ToList(), ct);
            var token = await invitations.IssueAsync(user.Id, actor.UserId, ct);
            await StaffInvitationMail.QueueAsync(db, outbox, mails, Url, user, actor.Name, token, again: false, ct);
            await db.SaveChangesAsync(ct);
            audit.Add(actor, AdminEntityType.StaffAccount, user.Id, AdminAuditAction.Invited, user.DisplayName, null,
                await StaffAccounts.SnapshotAsync(db, user, ct));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return RedirectToPage("/Admin/Staff/Index", new { inviteret = user.Email });
    }

    private async Task LoadFormAsync()
    {
        var units = await StaffForm.UnitsAsync(db, AdminScope.MunicipalityIdOf(User), HttpContext.RequestAborted);
        Form = new StaffForm(StaffAccounts.Roles, units, Input.Roles, Input.UnitIds);
    }

    public sealed class InputModel
    {
        [Required]
        [StringLength(FieldLengths.Name)]
        [Display(Name = "DisplayName")]
        public string DisplayName { get; set; } = "";

        [Required]
        [StringLength(FieldLengths.Email)]
        [MailAddress]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        public List<string> Roles { get; set; } = [];

        public List<Guid> UnitIds { get; set; } = [];
    }
}
