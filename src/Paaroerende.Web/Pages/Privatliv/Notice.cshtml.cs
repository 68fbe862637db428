using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Data;
using Paaroerende.Core.Privacy;
using Paaroerende.Core.Retention;
using Paaroerende.Web.GeneralInformation;
using Paaroerende.Web.Privacy;

namespace Paaroerende.Web.Pages.Privatliv;

/// <summary>
/// One municipality's privacy notice (GDPR art. 13, docs/adr/0032), open to everyone: the controller and its data
/// protection officer as the administrator wrote them, the purposes and legal bases (the municipality's own text or the
/// default), the retention periods this deployment is configured with, the rights and Datatilsynet.
/// </summary>
[AllowAnonymous]
public class NoticeModel(PortalDbContext db, IOptions<RetentionOptions> retention, PrivacyNoticeDefaults defaults) : PageModel
{
    public PublicMunicipality Municipality { get; private set; } = null!;

    /// <summary>What the administrator saved; null until they have.</summary>
    public PrivacyNotice? Notice { get; private set; }

    public RetentionOptions Retention => retention.Value;

    /// <summary>The municipality's own purposes text (Danish), or null for the default in the visitor's language.</summary>
    public string? OwnPurposes => Notice?.PurposesMarkdown;

    public string? OwnLegalBases => Notice?.LegalBasesMarkdown;

    public string DefaultPurposes => defaults.Purposes;

    public string DefaultLegalBases => defaults.LegalBases;

    /// <summary>
    /// How to reach the data protection officer is what only the municipality can give (art. 13(1)(b)); the controller is
    /// named and linked from the municipality's own record either way. Until it is given, the page says where to ask.
    /// </summary>
    public bool IsFilledIn => Notice is { } n && (n.DpoEmail ?? n.DpoPhone) is not null;

    public bool HasDpo => Notice is { } n && (n.DpoName ?? n.DpoEmail ?? n.DpoPhone) is not null;

    public async Task<IActionResult> OnGetAsync(string municipality)
    {
        var found = await PublicMunicipality.FindAsync(db, municipality, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        Municipality = found;
        Notice = await db.PrivacyNotices.AsNoTracking()
            .SingleOrDefaultAsync(n => n.MunicipalityId == found.Id, HttpContext.RequestAborted);
        return Page();
    }
}
