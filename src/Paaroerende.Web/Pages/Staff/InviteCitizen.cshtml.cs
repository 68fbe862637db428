using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Access;
using Paaroerende.Web.Invitations;
using Paaroerende.Web.Mail;
using Paaroerende.Web.Notifications;
using Paaroerende.Web.Privacy;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff invite the citizen themself to the portal by e-mail, like a relative (docs/adr/0011): the mailed one-time
/// link lets the citizen choose a password, or add the citizen's view to the sign-in they have. A citizen who already
/// signs in is told apart here, since it is the citizen's own account, of this unit's citizen.
/// </summary>
public class InviteCitizenModel(
    PortalDbContext db, StaffScope scope, CitizenInvitations invitations, MailOutbox outbox, PortalMails mails)
    : StaffInvitePageModel<InviteCitizenModel.InputModel>(db, outbox)
{
    public CitizenView Citizen { get; private set; } = null!;

    public override bool CanInvite => !Citizen.HasSignIn;

    protected override string? SuggestedEmail => Latest?.Email;

    protected override async Task<OutgoingMail> IssueAsync(StaffAccess access, string email, CancellationToken ct)
    {
        var token = await invitations.IssueAsync(access.UserId, access.CitizenId, email, ct);
        var link = Url.MailLink("/Account/Invitation", new { token });
        return mails.CitizenInvitation(email, Citizen.Name, Citizen.Municipality, link, Url.PrivacyNoticeMailLink(Citizen.MunicipalitySlug));
    }

    protected override IActionResult Sent(StaffAccess access)
    {
        new StaffNotice(StaffNoticeKind.InvitationSent, 1, null).Store(TempData);
        return RedirectToPage("/Staff/Citizen", null, new { citizenId = access.CitizenId }, "citizen-portal");
    }

    protected override async Task LoadAsync(StaffAccess access, CancellationToken ct)
    {
        Citizen = await scope.Citizens(access.UserId).AsNoTracking()
            .Where(c => c.Id == access.CitizenId)
            .Select(c => new CitizenView(c.FirstName, c.FirstName + " " + c.LastName, c.Municipality!.Name, c.Municipality.Slug, invitations.CitizensWithSignIn().Contains(c.Id)))
            .SingleAsync(ct);
        Latest = await invitations.Newest(access.CitizenId)
            .Select(i => new LatestInvitation(i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
            .FirstOrDefaultAsync(ct);
    }

    public sealed record CitizenView(string FirstName, string Name, string Municipality, string MunicipalitySlug, bool HasSignIn);

    public sealed class InputModel : StaffInviteInput;
}
