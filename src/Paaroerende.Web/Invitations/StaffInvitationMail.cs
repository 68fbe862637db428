using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Mail;
using Paaroerende.Web.Mail;
using Paaroerende.Web.Notifications;
using Paaroerende.Web.Privacy;

namespace Paaroerende.Web.Invitations;

/// <summary>
/// Queues the staff invitation mail (composed by <see cref="PortalMails"/>) in the outbox with the invitation, so an
/// invitation and its mail are stored together or not at all: the one-time link, and the privacy notice of the staff
/// member's municipality (docs/adr/0032).
/// </summary>
internal static class StaffInvitationMail
{
    public static async Task QueueAsync(
        PortalDbContext db, MailOutbox outbox, PortalMails mails, IUrlHelper url, PortalUser user, string invitedBy, string token,
        bool again, CancellationToken cancellationToken)
    {
        var link = url.MailLink("/Account/AcceptInvitation", new { token });
        var slug = await db.Municipalities.Where(m => m.Id == user.MunicipalityId).Select(m => m.Slug).SingleAsync(cancellationToken);
        outbox.Enqueue(mails.StaffInvitation(user.Email!, user.DisplayName, invitedBy, link, url.PrivacyNoticeMailLink(slug), again));
    }
}
