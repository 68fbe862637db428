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
