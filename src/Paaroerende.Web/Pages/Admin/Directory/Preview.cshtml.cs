using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Web.GeneralInformation;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>The directory exactly as relatives see it on /Kontakt/{municipality}: the same query and the same partial.</summary>
public class PreviewModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<DirectoryCategoryGroup> Categories { get; private set; } = [];

    public string MunicipalitySlug { get; private set; } = "";

    public string MunicipalityName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var ct = HttpContext.RequestAborted;
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId)
            .Select(m => new { m.Slug, m.Name }).SingleAsync(ct);
        MunicipalitySlug = municipality.Slug;
        MunicipalityName = municipality.Name;
        Categories = await DirectoryListing.LoadAsync(
            db.DirectorySituations.AsNoTracking().Where(s => s.Category!.MunicipalityId == municipalityId), ct);
        return Page();
    }
}
