using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>The administrator's view of "Hvem kontakter jeg?": every category, situation and contact, with links to edit, add and reorder.</summary>
public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<CategoryRow> Categories { get; private set; } = [];

    public string MunicipalitySlug { get; private set; } = "";

    /// <summary>Set after an import: how many situations and contacts the directory now has.</summary>
    [BindProperty(SupportsGet = true, Name = "importeret")]
    public bool JustImported { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var ct = HttpContext.RequestAborted;
        MunicipalitySlug = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Slug).SingleAsync(ct);
        Categories = await db.DirectoryCategories.AsNoTracking()
            .Where(c => c.MunicipalityId == municipalityId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Title)
            .Select(c => new CategoryRow(
                c.Id,
                c.Title,
                c.Situations.OrderBy(s => s.SortOrder).ThenBy(s => s.Title)
                    .Select(s => new SituationRow(
                        s.Id,
                        s.Title,
                        s.LastCheckedOn,
                        s.Contacts.OrderBy(k => k.SortOrder).ThenBy(k => k.Name)
                            .Select(k => new ContactRow(k.Id, k.Name, k.Phone, k.Email))
                            .ToList()))
                    .ToList()))
            .ToListAsync(ct);
        return Page();
    }

    public int SituationCount => Categories.Sum(c => c.Situations.Count);

    public int ContactCount => Categories.Sum(c => c.Situations.Sum(s => s.Contacts.Count));

    public sealed record CategoryRow(Guid Id, string Title, IReadOnlyList<SituationRow> Situations);

    public sealed record SituationRow(Guid Id, string Title, DateOnly? LastCheckedOn, IReadOnlyList<ContactRow> Contacts);

    public sealed record ContactRow(Guid Id, string Name, string? Phone, string? Email);
}
