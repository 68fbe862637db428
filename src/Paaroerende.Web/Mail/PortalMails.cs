using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Web.Mail;

/// <summary>
/// Every mail the portal sends, composed one way (docs/adr/0047): plain text (docs/adr/0007), subject and body from
/// Resources/Mail/PortalMails in the recipient's language, the links the caller made under the portal's public address
/// (docs/adr/0030), and one footer that signs it — the portal, or the municipality that invites. A mail names no more
/// than it did before it was composed here: mail is not a safe channel (docs/adr/0012, 0029).
/// </summary>
/// <remarks>
/// The recipient's language: the portal knows no one's choice outside a request, so the notification jobs' mails and
/// the invitations staff or a citizen send to someone who has not chosen yet are in Danish; a mail sent from the
/// recipient's own request (a reset link, an invitation accepted on an existing account) or to a colleague (a staff
/// invitation) is in the language of the request.
/// </remarks>
public sealed class PortalMails(IStringLocalizer<PortalMails> text) : INotificationMails
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static CultureInfo RequestLanguage => CultureInfo.CurrentUICulture;

    private static int InvitationDays => (int)OneTimeTokens.InvitationLifetime.TotalDays;

    public OutgoingMail FollowChanged(string recipient, string citizenFirstName, string signInLink) =>
        Compose(recipient, Danish, "FollowChanged", [], [citizenFirstName, signInLink]);

    public OutgoingMail NewMessage(string recipient, string signInLink) =>
        Compose(recipient, Danish, "NewMessage", [], [signInLink]);

    public OutgoingMail MeetingInvitation(string recipient, string signInLink) =>
        Compose(recipient, Danish, "MeetingInvitation", [], [signInLink]);

    public OutgoingMail Digest(string recipient, IReadOnlyList<DigestLine> lines, string signInLink)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return In(Danish, () =>
        {
            var list = new StringBuilder();
            foreach (var line in lines)
            {
                list.Append("- ").Append(line.NewUpdates == 1
                    ? text["DigestLineOne", line.CitizenFirstName].Value
                    : text["DigestLineMany", line.NewUpdates, line.CitizenFirstName].Value).Append('\n');
            }

            return Compose(recipient, Danish, "Digest", [], [list.ToString(), signInLink]);
        });
    }

    public OutgoingMail ReadAlert(string recipient, int relatives, string whoLookedLink) => relatives == 1
        ? Compose(recipient, Danish, "ReadAlert", "ReadAlertBodyOne", [], [whoLookedLink])
        : Compose(recipient, Danish, "ReadAlert", "ReadAlertBodyMany", [], [relatives, whoLookedLink]);

    /// <summary>
    /// A relative's invitation from staff. Like the citizen's and the nomination's, it names the municipality that
    /// sends it (subject, text and signature), no unit and no citizen (docs/adr/0029), and links to the municipality's
    /// privacy notice (docs/adr/0032).
    /// </summary>
    public OutgoingMail RelativeInvitation(string to, string relativeName, string municipality, string link, string privacyLink) =>
        Invitation(to, "RelativeInvitation", relativeName, municipality, link, privacyLink);

    /// <summary>The citizen's own invitation: the same rules, a text about steering one's relatives' access.</summary>
    public OutgoingMail CitizenInvitation(string to, string citizenName, string municipality, string link, string privacyLink) =>
        Invitation(to, "CitizenInvitation", citizenName, municipality, link, privacyLink);

    /// <summary>A relative the citizen named themself (docs/adr/0043): says that someone asked for them, not who.</summary>
    public OutgoingMail Nomination(string to, string relativeName, string municipality, string link, string privacyLink) =>
        Invitation(to, "Nomination", relativeName, municipality, link, privacyLink);

    /// <summary>A staff invitation; <paramref name="again"/> when an administrator sends a new link to an existing account.</summary>
    public OutgoingMail StaffInvitation(string to, string name, string invitedBy, string link, string privacyLink, bool again) =>
        Compose(to, RequestLanguage, again ? "StaffInvitationAgain" : "StaffInvitation", [], [name, invitedBy, link, InvitationDays, privacyLink]);

    /// <summary>A staff invitation to an address another sign-in has: nothing was made, and the address's owner is told.</summary>
    public OutgoingMail StaffAddressInUse(string to, string name, string invitedBy) =>
        Compose(to, RequestLanguage, "StaffAddressInUse", [], [name, invitedBy]);

    /// <summary>A relative's invitation was accepted for an address that has a sign-in already: its owner hears it here.</summary>
    public OutgoingMail InvitationOnExistingAccount(string to, string name, string signInLink) =>
        Compose(to, RequestLanguage, "InvitationOnExistingAccount", [], [name, signInLink]);

    public OutgoingMail PasswordReset(string to, string name, string resetLink) =>
        Compose(to, RequestLanguage, "PasswordReset", [], [name, resetLink]);

    /// <summary>The answer to a reset request from someone who signs in with MitID only (docs/adr/0042).</summary>
    public OutgoingMail UseMitId(string to, string name, string signInLink) =>
        Compose(to, RequestLanguage, "UseMitId", [], [name, signInLink]);

    private OutgoingMail Invitation(string to, string kind, string name, string municipality, string link, string privacyLink) =>
        Compose(to, Danish, kind, $"{kind}Body", [municipality], [name, link, InvitationDays, municipality, privacyLink], signedBy: municipality);

    private OutgoingMail Compose(string to, CultureInfo language, string kind, object[] subjectArguments, object[] bodyArguments) =>
        Compose(to, language, kind, $"{kind}Body", subjectArguments, bodyArguments);

    /// <summary>The one way a mail is put together: subject, body, a blank line and the footer, all in one language.</summary>
    private OutgoingMail Compose(
        string to, CultureInfo language, string kind, string bodyKey, object[] subjectArguments, object[] bodyArguments, string? signedBy = null) =>
        In(language, () =>
        {
            var footer = text["Footer", signedBy ?? text["PortalName"].Value].Value;
            return new OutgoingMail(to, text[$"{kind}Subject", subjectArguments], $"{text[bodyKey, bodyArguments].Value}\n\n{footer}");
        });

    /// <summary>Runs <paramref name="compose"/> with <paramref name="language"/> as the culture, for texts and numbers alike.</summary>
    private static T In<T>(CultureInfo language, Func<T> compose)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language;
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
