using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;

namespace Paaroerende.MinimalPage.Pages;

/// <summary>
/// A relative's view of a citizen in two queries: which topics the relative may see now (the newest record of each
/// topic on the relative's active relation), then the ten newest updates on those topics. No audit, no layout.
/// </summary>
public class CitizenModel(PortalDbContext db) : PageModel
{
    /// <summary>Dates as the portal shows them.</summary>
    public static readonly CultureInfo Danish = new("da-DK");

    public IReadOnlyList<UpdateLine> Updates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!Guid.TryParse(User.FindFirst(MinimalClaims.PersonId)?.Value, out var personId))
        {
            return Forbid();
        }

        var now = DateTime.UtcNow;
        var records = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.Relation!.PersonId == personId && c.Relation.CitizenId == id && c.Relation.EndedAtUtc == null
                && c.ValidFromUtc <= now)
            .Select(c => new { c.Topic, c.Level, c.RecordedAtUtc, c.ValidUntilUtc })
            .ToListAsync(HttpContext.RequestAborted);
        var allowed = records.GroupBy(r => r.Topic)
            .Select(g => g.MaxBy(r => r.RecordedAtUtc)!)
            .Where(r => r.Level is ConsentLevel.Informed or ConsentLevel.Involved && (r.ValidUntilUtc is null || r.ValidUntilUtc > now))
            .Select(r => r.Topic)
            .ToList();
        if (allowed.Count == 0)
        {
            return NotFound();
        }

        Updates = await db.CitizenUpdates.AsNoTracking()
            .Where(u => u.CitizenId == id && allowed.Contains(u.Topic))
            .OrderByDescending(u => u.PublishedAtUtc)
            .Take(10)
            .Select(u => new UpdateLine(u.Title, u.PublishedAtUtc))
            .ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public sealed record UpdateLine(string Title, DateTime PublishedAtUtc);
}
