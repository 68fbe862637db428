using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Mail;

namespace Paaroerende.Web.Administration;

/// <summary>The invitation mail: who invited, the one-time link and how long it works. Plain text (docs/adr/0007).</summary>
internal static class InvitationMail
{
    public static Task SendAsync(
        IMailSender mail, IStringLocalizer text, IUrlHelper url, string scheme, PortalUser user, string invitedBy, string token,
        CancellationToken ct)
    {
        var link = url.Page("/Account/AcceptInvitation", pageHandler: null, values: new { token }, protocol: scheme)!;
        return mail.SendAsync(new OutgoingMail(
            user.Email!, text["MailSubject"], text["MailBody", user.DisplayName, invitedBy, link, (int)StaffInvitations.Lifetime.TotalDays]), ct);
    }
}
