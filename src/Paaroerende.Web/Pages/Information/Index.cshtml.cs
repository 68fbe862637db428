using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Pages.Information;

/// <summary>General information is open to everyone: the municipalities, each linking to its information.</summary>
[AllowAnonymous]
public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<MunicipalityItem> Municipalities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Municipalities = await db.Municipalities.AsNoTracking()
            .OrderBy(m => m.Name)
            .Select(m => new MunicipalityItem(m.Slug, m.Name, db.InformationPages.Count(p => p.MunicipalityId == m.Id)))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public sealed record MunicipalityItem(string Slug, string Name, int PageCount);
}
