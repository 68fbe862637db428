using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Web.Notifications;

/// <summary>
/// The notification mails, always in Danish (the portal knows no language choice for a user outside a request) and plain
/// text. They name at most a citizen's first name and never what changed, what an update says or who read what: mail is
/// not a safe channel (docs/adr/0012).
/// </summary>
public sealed class NotificationMails(IStringLocalizer<NotificationMails> text) : INotificationMails
{
    public OutgoingMail FollowChanged(string recipient, string citizenFirstName, string signInLink) =>
        InDanish(() => new OutgoingMail(recipient, text["ChangedSubject"], text["ChangedBody", citizenFirstName, signInLink]));

    public OutgoingMail NewMessage(string recipient, string signInLink) =>
        InDanish(() => new OutgoingMail(recipient, text["MessageSubject"], text["MessageBody", signInLink]));

    public OutgoingMail MeetingInvitation(string recipient, string signInLink) =>
        InDanish(() => new OutgoingMail(recipient, text["MeetingSubject"], text["MeetingBody", signInLink]));

    public OutgoingMail Digest(string recipient, IReadOnlyList<DigestLine> lines, string signInLink) => InDanish(() =>
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = new StringBuilder();
        foreach (var line in lines)
        {
            list.Append("- ").Append(line.NewUpdates == 1
                ? text["DigestLineOne", line.CitizenFirstName].Value
                : text["DigestLineMany", line.NewUpdates, line.CitizenFirstName].Value).Append('\n');
        }

        return new OutgoingMail(recipient, text["DigestSubject"], text["DigestBody", list.ToString(), signInLink]);
    });

    public OutgoingMail ReadAlert(string recipient, int relatives, string whoLookedLink) => InDanish(() =>
        new OutgoingMail(recipient, text["ReadSubject"], relatives == 1
            ? text["ReadBodyOne", whoLookedLink]
            : text["ReadBodyMany", relatives, whoLookedLink]));

    private static OutgoingMail InDanish(Func<OutgoingMail> compose)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
