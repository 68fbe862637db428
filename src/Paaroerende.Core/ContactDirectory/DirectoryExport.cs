using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.ContactDirectory;

/// <summary>Reads and replaces one municipality's whole directory: the two halves of the CSV round trip.</summary>
public static class DirectoryExport
{
    /// <summary>One row per contact, in the order relatives see them; a situation without contacts gets one row.</summary>
    public static async Task<IReadOnlyList<DirectoryCsvRow>> RowsAsync(
        PortalDbContext db, Guid municipalityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var situations = await db.DirectorySituations.AsNoTracking()
            .Where(s => s.Category!.MunicipalityId == municipalityId)
            .OrderBy(s => s.Category!.SortOrder).ThenBy(s => s.Category!.Title).ThenBy(s => s.SortOrder).ThenBy(s => s.Title)
            .Select(s => new
            {
                Category = s.Category!.Title,
                s.Title,
                s.Description,
                s.LastCheckedOn,
                Contacts = s.Contacts.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToList(),
            })
            .ToListAsync(cancellationToken);

        return situations
            .SelectMany(s => s.Contacts.Count == 0
                ? [new DirectoryCsvRow(s.Category, s.Title, s.Description, s.LastCheckedOn, null, null, null, null, null, null)]
                : s.Contacts.Select(c => new DirectoryCsvRow(
                    s.Category, s.Title, s.Description, s.LastCheckedOn, c.Name, c.Phone, c.Email, c.OpeningHours,
                    c.WebAddress, c.Note)))
            .ToList();
    }

    /// <summary>The rows a directory that is not yet stored would export, in its own order.</summary>
    public static IReadOnlyList<DirectoryCsvRow> RowsOf(IEnumerable<DirectoryCategory> categories) =>
        categories.OrderBy(c => c.SortOrder)
            .SelectMany(c => c.Situations.OrderBy(s => s.SortOrder).SelectMany(s => s.Contacts.Count == 0
                ? [new DirectoryCsvRow(c.Title, s.Title, s.Description, s.LastCheckedOn, null, null, null, null, null, null)]
                : s.Contacts.OrderBy(k => k.SortOrder).Select(k => new DirectoryCsvRow(
                    c.Title, s.Title, s.Description, s.LastCheckedOn, k.Name, k.Phone, k.Email, k.OpeningHours, k.WebAddress, k.Note))))
            .ToList();

    /// <summary>One row as a line for the change log: its filled-in fields in the file's order.</summary>
    public static string Line(DirectoryCsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        string?[] fields =
        [
            row.Category, row.Situation, row.Description,
            row.LastCheckedOn?.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture),
            row.ContactName, row.Phone, row.Email, row.OpeningHours, row.WebAddress, row.Note,
        ];
        return string.Join(" · ", fields.Where(f => !string.IsNullOrEmpty(f)));
    }

    /// <summary>
    /// Deletes the municipality's categories (their situations and contacts go with them) and adds the new ones.
    /// The caller owns the transaction, so the replacement and its audit entry are stored together or not at all.
    /// </summary>
    public static async Task ReplaceAsync(
        PortalDbContext db, Guid municipalityId, IReadOnlyList<DirectoryCategory> categories,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(categories);
        await db.DirectoryCategories.Where(c => c.MunicipalityId == municipalityId).ExecuteDeleteAsync(cancellationToken);
        foreach (var category in categories)
        {
            category.MunicipalityId = municipalityId;
            db.DirectoryCategories.Add(category);
        }
    }
}
