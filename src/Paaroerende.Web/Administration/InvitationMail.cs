using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Mail;
using Paaroerende.Web.Notifications;

namespace Paaroerende.Web.Administration;

/// <summary>
/// The staff invitation mail: who invited, the one-time link and how long it works. Plain text (docs/adr/0007). It is
/// queued in the outbox with the invitation, so an invitation and its mail are stored together or not at all.
/// </summary>
internal static class InvitationMail
{
    public static void Queue(
        MailOutbox outbox, IStringLocalizer text, IUrlHelper url, PortalUser user, string invitedBy, string token)
    {
        var link = url.MailLink("/Account/AcceptInvitation", new { token });
        outbox.Enqueue(new OutgoingMail(
            user.Email!, text["MailSubject"], text["MailBody", user.DisplayName, invitedBy, link, (int)StaffInvitations.Lifetime.TotalDays]));
    }
}
