using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Web.Privacy;

namespace Paaroerende.Web.Pages.Privatliv;

/// <summary>"Privatlivspolitik": each municipality is data controller for its own part of the portal, so each has its own notice.</summary>
[AllowAnonymous]
public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<MunicipalityItem> Municipalities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Municipalities = await db.Municipalities.AsNoTracking()
            .OrderBy(m => m.Name)
            .Select(m => new MunicipalityItem(m.Slug, m.Name))
            .ToListAsync(HttpContext.RequestAborted);

        // A portal of one municipality has one notice: a list of one would only be a click more.
        return Municipalities is [var only]
            ? RedirectToPage(PrivacyNoticeLinks.NoticePage, new { municipality = only.Slug })
            : Page();
    }

    public sealed record MunicipalityItem(string Slug, string Name);
}
