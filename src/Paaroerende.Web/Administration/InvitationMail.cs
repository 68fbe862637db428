using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Web.Notifications;
using Paaroerende.Web.Privacy;

namespace Paaroerende.Web.Administration;

/// <summary>
/// The staff invitation mail: who invited, the one-time link and how long it works. Plain text (docs/adr/0007). It is
/// queued in the outbox with the invitation, so an invitation and its mail are stored together or not at all. It links
/// to the privacy notice of the staff member's municipality (docs/adr/0032).
/// </summary>
internal static class InvitationMail
{
    public static async Task QueueAsync(
        PortalDbContext db, MailOutbox outbox, IStringLocalizer text, IUrlHelper url, PortalUser user, string invitedBy, string token,
        CancellationToken cancellationToken)
    {
        var link = url.MailLink("/Account/AcceptInvitation", new { token });
        var slug = await db.Municipalities.Where(m => m.Id == user.MunicipalityId).Select(m => m.Slug).SingleAsync(cancellationToken);
        outbox.Enqueue(new OutgoingMail(
            user.Email!, text["MailSubject"],
            text["MailBody", user.DisplayName, invitedBy, link, (int)OneTimeTokens.InvitationLifetime.TotalDays, url.PrivacyNoticeMailLink(slug)]));
    }
}
