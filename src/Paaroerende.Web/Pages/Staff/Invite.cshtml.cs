using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Notifications;
using Paaroerende.Web.Privacy;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff invite a nominated relative to the portal by e-mail. The answer is the same whether or not the address
/// already has a sign-in (that is settled when the relative opens the link), so nothing about other municipalities'
/// relatives can be learnt here. A relative who already signs in needs no invitation: the new relation is on their
/// sign-in already.
/// </summary>
public class InviteModel(
    PortalDbContext db, StaffScope scope, RelativeInvitations invitations, MailOutbox outbox, InvitationMail mail) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationView Relation { get; private set; } = null!;

    public LatestInvitation? Latest { get; private set; }

    public bool CanInvite => Relation.EndedAtUtc is null && !Relation.HasSignIn;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Email = Relation.Email;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        await LoadAsync();
        if (!CanInvite || !ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email!.Trim();
        var token = await invitations.IssueAsync(access.UserId, access.RelationId!.Value, email, HttpContext.RequestAborted);
        var link = Url.MailLink("/Account/Invitation", new { token });
        outbox.Enqueue(mail.Compose(email, Relation.Name, Relation.Municipality, link, Url.PrivacyNoticeMailLink(Relation.MunicipalitySlug)));
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        new StaffNotice(StaffNoticeKind.InvitationSent, 1, access.RelationId).Store(TempData);
        return RedirectToPage("/Staff/Citizen", null, new { citizenId = access.CitizenId }, $"relation-{access.RelationId:N}");
    }

    private async Task LoadAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        Relation = await scope.Relations(access.UserId).AsNoTracking()
            .Where(r => r.Id == access.RelationId)
            .Select(r => new RelationView(
                r.PersonId, r.Person!.FirstName + " " + r.Person.LastName, r.Person.Email,
                invitations.PeopleWithSignIn().Contains(r.PersonId),
                r.Citizen!.FirstName + " " + r.Citizen.LastName, r.Citizen.Municipality!.Name, r.Citizen.Municipality.Slug, r.EndedAtUtc))
            .SingleAsync(ct);
        Latest = await invitations.Newest(db.People.Where(p => p.Id == Relation.PersonId).Select(p => p.Id))
            .Select(i => new LatestInvitation(i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
            .FirstOrDefaultAsync(ct);
    }

    public sealed record RelationView(Guid PersonId, string Name, string? Email, bool HasSignIn, string CitizenName, string Municipality, string MunicipalitySlug, DateTime? EndedAtUtc);

    public sealed record LatestInvitation(string Email, DateTime SentAtUtc, DateTime ExpiresAtUtc, DateTime? AcceptedAtUtc);

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
