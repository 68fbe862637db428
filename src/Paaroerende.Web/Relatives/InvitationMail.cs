using System.Globalization;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// The invitation mails (a relative's, and a citizen's own): always in Danish (the reader has chosen no language yet,
/// and the staff member's choice says nothing about theirs), plain text, and naming no unit or municipality and, for a
/// relative, no citizen — a mail can be read by others, and whose relative someone is, is personal data (ADR 0007).
/// </summary>
public sealed class InvitationMail(IStringLocalizer<InvitationMail> text)
{
    public OutgoingMail Compose(string to, string relativeName, string link) =>
        InDanish(() => new OutgoingMail(to, text["Subject"], text["Body", relativeName, link, (int)RelativeInvitations.Lifetime.TotalDays]));

    /// <summary>The citizen's own invitation: the same rules, a text about steering one's relatives' access.</summary>
    public OutgoingMail ComposeForCitizen(string to, string citizenName, string link) =>
        InDanish(() => new OutgoingMail(to, text["CitizenSubject"], text["CitizenBody", citizenName, link, (int)CitizenInvitations.Lifetime.TotalDays]));

    private static OutgoingMail InDanish(Func<OutgoingMail> compose)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
            return compose();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
