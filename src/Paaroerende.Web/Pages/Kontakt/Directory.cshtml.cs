using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Web.GeneralInformation;

namespace Paaroerende.Web.Pages.Kontakt;

/// <summary>
/// "Hvem kontakter jeg?" for one municipality: the situations and whom to contact, grouped by category. A plain GET
/// form searches (every word must match a situation's title or description, or a contact's name or note) and filters
/// by category; the filtering happens in the database query.
/// </summary>
[AllowAnonymous]
public class DirectoryModel(PortalDbContext db) : PageModel
{
    public const int MaxQueryLength = 100;
    private const int MaxWords = 6;

    public PublicMunicipality Municipality { get; private set; } = null!;

    public string? Query { get; private set; }

    public Guid? CategoryId { get; private set; }

    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];

    public IReadOnlyList<DirectoryCategoryGroup> Results { get; private set; } = [];

    public int ResultCount { get; private set; }

    public int TotalCount { get; private set; }

    public bool IsFiltered => Query is not null || CategoryId is not null;

    public string? CategoryTitle => Categories.FirstOrDefault(c => c.Id == CategoryId)?.Title;

    public async Task<IActionResult> OnGetAsync(string municipality, string? q, Guid? kategori)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var wanted = (municipality ?? "").Trim().ToLowerInvariant();

        // The municipality, its categories and the directory's size in one query (issue #7: at most 3 SQL commands).
        var found = await db.Municipalities.AsNoTracking()
            .Where(m => m.Slug == wanted)
            .Select(m => new
            {
                Municipality = new PublicMunicipality(m.Id, m.Slug, m.Name, m.WebAddress),
                Categories = db.DirectoryCategories
                    .Where(c => c.MunicipalityId == m.Id)
                    .OrderBy(c => c.SortOrder).ThenBy(c => c.Title)
                    .Select(c => new CategoryOption(c.Id, c.Title))
                    .ToList(),
                TotalCount = db.DirectorySituations.Count(s => s.Category!.MunicipalityId == m.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Municipality = found.Municipality;
        var trimmed = q?.Trim() ?? "";
        Query = trimmed.Length == 0 ? null : trimmed[..Math.Min(trimmed.Length, MaxQueryLength)];
        CategoryId = kategori;
        Categories = found.Categories;
        TotalCount = found.TotalCount;

        var municipalityId = found.Municipality.Id;
        var all = db.DirectorySituations.AsNoTracking().Where(s => s.Category!.MunicipalityId == municipalityId);
        var matching = all;
        if (CategoryId is { } categoryId)
        {
            matching = matching.Where(s => s.CategoryId == categoryId);
        }

        // ToLower() here is SQL's lower(), not .NET's: the analyzers' culture advice does not apply to the query.
#pragma warning disable CA1304, CA1311, CA1862
        foreach (var word in Words(Query))
        {
            matching = matching.Where(s =>
                s.Title.ToLower().Contains(word)
                || (s.Description != null && s.Description.ToLower().Contains(word))
                || s.Contacts.Any(c => c.Name.ToLower().Contains(word) || (c.Note != null && c.Note.ToLower().Contains(word))));
        }
#pragma warning restore CA1304, CA1311, CA1862

        Results = await DirectoryListing.LoadAsync(matching, cancellationToken);
        ResultCount = Results.Sum(c => c.Situations.Count);
        return Page();
    }

    /// <summary>Lower-cased like the database's lower() (made Unicode-aware on SQLite), so "KÆRBO" finds "Kærbo".</summary>
    private static IEnumerable<string> Words(string? query) =>
        (query ?? "").ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim(',', '.', ';', ':', '!', '?', '"', '”', '“', '(', ')'))
            .Where(word => word.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords);

    public sealed record CategoryOption(Guid Id, string Title);
}
