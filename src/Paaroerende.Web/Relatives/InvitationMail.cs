using System.Globalization;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// The invitation mails (a relative's, and a citizen's own): always in Danish (the reader has chosen no language yet,
/// and the staff member's choice says nothing about theirs), plain text, addressing the one reader as "du". They name
/// the municipality that sends them, in the subject, the text and the signature, so the reader can tell who is writing
/// and check with them (a mail from an unnamed portal looks like phishing); they name no unit and, for a relative, no
/// citizen — a mail can be read by others, and whose relative someone is, is personal data (ADR 0007, ADR 0029).
/// They link to the municipality's privacy notice (GDPR art. 13 at the first contact, docs/adr/0032).
/// </summary>
public sealed class InvitationMail(IStringLocalizer<InvitationMail> text)
{
    public OutgoingMail Compose(string to, string relativeName, string municipality, string link, string privacyLink) =>
        InDanish(() => new OutgoingMail(to, text["Subject", municipality],
            text["Body", relativeName, link, (int)OneTimeTokens.InvitationLifetime.TotalDays, municipality, privacyLink]));

    /// <summary>The citizen's own invitation: the same rules, a text about steering one's relatives' access.</summary>
    public OutgoingMail ComposeForCitizen(string to, string citizenName, string municipality, string link, string privacyLink) =>
        InDanish(() => new OutgoingMail(to, text["CitizenSubject", municipality],
            text["CitizenBody", citizenName, link, (int)OneTimeTokens.InvitationLifetime.TotalDays, municipality, privacyLink]));

    /// <summary>
    /// A relative the citizen named themself: the same rules, and the link is accepted with MitID only (ADR 0043). It
    /// says that someone has asked for them as a relative, not who, and nothing of what they will see.
    /// </summary>
    public OutgoingMail ComposeForNomination(string to, string relativeName, string municipality, string link, string privacyLink) =>
        InDanish(() => new OutgoingMail(to, text["NominationSubject", municipality],
            text["NominationBody", relativeName, link, (int)OneTimeTokens.InvitationLifetime.TotalDays, municipality, privacyLink]));

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
