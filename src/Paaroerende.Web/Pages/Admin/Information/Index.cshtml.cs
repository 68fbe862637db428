using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Information;

/// <summary>The municipality's information pages (Markdown), in the order relatives see them.</summary>
public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<PageRow> Pages { get; private set; } = [];

    public string MunicipalitySlug { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var ct = HttpContext.RequestAborted;
        MunicipalitySlug = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Slug).SingleAsync(ct);
        Pages = await db.InformationPages.AsNoTracking()
            .Where(p => p.MunicipalityId == municipalityId)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new PageRow(p.Id, p.Slug, p.Title, p.Summary))
            .ToListAsync(ct);
    }

    public sealed record PageRow(Guid Id, string Slug, string Title, string? Summary);
}
