using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Pages.Kontakt;

/// <summary>"Hvem kontakter jeg?": choose the municipality whose contact directory to see.</summary>
[AllowAnonymous]
public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<MunicipalityItem> Municipalities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Municipalities = await db.Municipalities.AsNoTracking()
            .OrderBy(m => m.Name)
            .Select(m => new MunicipalityItem(
                m.Slug, m.Name, db.DirectorySituations.Count(s => s.Category!.MunicipalityId == m.Id)))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public sealed record MunicipalityItem(string Slug, string Name, int SituationCount);
}
