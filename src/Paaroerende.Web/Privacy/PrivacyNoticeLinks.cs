using Microsoft.AspNetCore.Mvc;
using Paaroerende.Web.Notifications;

namespace Paaroerende.Web.Privacy;

/// <summary>Where a municipality's privacy notice is, for the pages and for a link in a mail (docs/adr/0032).</summary>
public static class PrivacyNoticeLinks
{
    public const string NoticePage = "/Privatliv/Notice";

    /// <summary>The notice's address under the configured public address (docs/adr/0030), for an invitation mail.</summary>
    public static string PrivacyNoticeMailLink(this IUrlHelper url, string municipalitySlug) =>
        url.MailLink(NoticePage, new { municipality = municipalitySlug });
}
