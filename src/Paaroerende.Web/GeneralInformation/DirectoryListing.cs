using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.ContactDirectory;

namespace Paaroerende.Web.GeneralInformation;

/// <summary>
/// The directory as relatives see it, grouped by category. Shared by the public page and the administrators'
/// preview (rendered by Pages/Shared/_DirectoryCategories.cshtml), so the preview is exactly the public view.
/// </summary>
public static class DirectoryListing
{
    /// <summary>Projects the given situations (already filtered by municipality and search) in the public order.</summary>
    public static async Task<IReadOnlyList<DirectoryCategoryGroup>> LoadAsync(
        IQueryable<DirectorySituation> situations, CancellationToken cancellationToken)
    {
        var items = await situations
            .OrderBy(s => s.Category!.SortOrder).ThenBy(s => s.Category!.Title).ThenBy(s => s.SortOrder).ThenBy(s => s.Title)
            .Select(s => new DirectorySituationItem(
                s.CategoryId,
                s.Category!.Title,
                s.Title,
                s.Description,
                s.LastCheckedOn,
                s.Contacts.OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                    .Select(c => new DirectoryContactItem(c.Name, c.Note, new ContactDetails(c.Phone, c.Email, c.OpeningHours, c.WebAddress)))
                    .ToList()))
            .ToListAsync(cancellationToken);

        return items
            .GroupBy(s => (s.CategoryId, s.CategoryTitle))
            .Select(g => new DirectoryCategoryGroup(g.Key.CategoryId, g.Key.CategoryTitle, g.ToList()))
            .ToList();
    }
}

public sealed record DirectoryCategoryGroup(Guid Id, string Title, IReadOnlyList<DirectorySituationItem> Situations);

public sealed record DirectorySituationItem(
    Guid CategoryId, string CategoryTitle, string Title, string? Description, DateOnly? LastCheckedOn,
    IReadOnlyList<DirectoryContactItem> Contacts);

public sealed record DirectoryContactItem(string Name, string? Note, ContactDetails Contact);
