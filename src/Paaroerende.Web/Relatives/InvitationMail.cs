using System.Globalization;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// The relative's invitation mail: always in Danish (the relative has chosen no language yet, and the staff member's
/// choice says nothing about theirs), plain text, and naming no citizen, unit or municipality — a mail can be read by
/// others, and whose relative someone is, is personal data (docs/adr/0007).
/// </summary>
public sealed class InvitationMail(IStringLocalizer<InvitationMail> text)
{
    public OutgoingMail Compose(string to, string relativeName, string link)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
            return new OutgoingMail(to, text["Subject"], text["Body", relativeName, link, (int)RelativeInvitations.Lifetime.TotalDays]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
