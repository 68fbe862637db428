using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Notifications;
using Paaroerende.Web.Privacy;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff invite the citizen themself to the portal by e-mail, like a relative (docs/adr/0011): the mailed one-time
/// link lets the citizen choose a password, or add the citizen's view to the sign-in they have. A citizen who already
/// signs in is told apart here, since it is the citizen's own account, of this unit's citizen.
/// </summary>
public class InviteCitizenModel(
    PortalDbContext db, StaffScope scope, CitizenInvitations invitations, MailOutbox outbox, InvitationMail mail) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public CitizenView Citizen { get; private set; } = null!;

    public InviteModel.LatestInvitation? Latest { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Email = Latest?.Email;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        await LoadAsync();
        if (Citizen.HasSignIn || !ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email!.Trim();
        var token = await invitations.IssueAsync(access.UserId, access.CitizenId, email, HttpContext.RequestAborted);
        var link = Url.MailLink("/Account/Invitation", new { token });
        outbox.Enqueue(mail.ComposeForCitizen(email, Citizen.Name, Citizen.Municipality, link, Url.PrivacyNoticeMailLink(Citizen.MunicipalitySlug)));
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        new StaffNotice(StaffNoticeKind.InvitationSent, 1, null).Store(TempData);
        return RedirectToPage("/Staff/Citizen", null, new { citizenId = access.CitizenId }, "citizen-portal");
    }

    private async Task LoadAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        Citizen = await scope.Citizens(access.UserId).AsNoTracking()
            .Where(c => c.Id == access.CitizenId)
            .Select(c => new CitizenView(c.FirstName, c.FirstName + " " + c.LastName, c.Municipality!.Name, c.Municipality.Slug, invitations.CitizensWithSignIn().Contains(c.Id)))
            .SingleAsync(ct);
        Latest = await invitations.Newest(access.CitizenId)
            .Select(i => new InviteModel.LatestInvitation(i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
            .FirstOrDefaultAsync(ct);
    }

    public sealed record CitizenView(string FirstName, string Name, string Municipality, string MunicipalitySlug, bool HasSignIn);

    public sealed class InputModel
    {
        // The message key is explicit: [EmailAddress] carries an English default that hides it from ValidationMessages.
        [Required]
        [EmailAddress(ErrorMessage = "Validation_Email")]
        [StringLength(FieldLengths.Email)]
        [Display(Name = "Email")]
        public string? Email { get; set; }
    }
}
