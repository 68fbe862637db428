using Paaroerende.Web.Navigation;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// "Mine borgere": the citizens of the staff member's own units, found by name or birth date. CPR numbers are not
/// stored, so they are neither shown nor asked for.
/// </summary>
[OverviewPage]
public class IndexModel(PortalDbContext db, StaffScope scope, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    private static readonly string[] DateFormats = ["d.M.yyyy", "d-M-yyyy", "d/M/yyyy", "yyyy-M-d"];

    [BindProperty(SupportsGet = true)]
    [StringLength(FieldLengths.Name)]
    [Display(Name = "Search")]
    public string? Search { get; set; }

    public IReadOnlyList<string> Units { get; private set; } = [];

    public IReadOnlyList<CitizenRow> Citizens { get; private set; } = [];

    /// <summary>Contact requests and feedback from relatives that nobody has handled yet.</summary>
    public int OpenRequests { get; private set; }

    /// <summary>Relatives' messages in my units that no staff member has opened yet ("Nye beskeder").</summary>
    public int UnreadMessages { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        var ct = HttpContext.RequestAborted;
        var userId = PortalClaims.UserIdOf(User);
        var now = Instant.Now(clock);
        PageNumber = PageNumbers.Of(side);

        var unitIds = scope.UnitIds(userId);
        Units = await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Name).OrderBy(n => n).ToListAsync(ct);
        OpenRequests = await scope.ContactRequests(userId).CountAsync(c => c.HandledAtUtc == null, ct)
            + await scope.Feedback(userId).CountAsync(f => f.HandledAtUtc == null, ct);
        UnreadMessages = await scope.UnreadFromRelatives(userId).CountAsync(ct);

        if (!ModelState.IsValid)
        {
            return;
        }

        var citizens = scope.Citizens(userId);
        var term = Search?.Trim() ?? "";
        if (DateOnly.TryParseExact(term, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            citizens = citizens.Where(c => c.BirthDate == birthDate);
        }
        else
        {
            foreach (var word in term.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Runs as SQL lower(...) on both databases; the culture overloads have no SQL translation.
#pragma warning disable CA1304, CA1311, CA1862
                citizens = citizens.Where(c => (c.FirstName + " " + c.LastName).ToLower().Contains(word));
#pragma warning restore CA1304, CA1311, CA1862
            }
        }

        var relations = scope.Relations(userId).Where(ConsentRule.RelationActiveAt(now));
        (Citizens, HasNextPage) = await citizens.AsNoTracking()
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.BirthDate).ThenBy(c => c.Id)
            .PageAsync(PageNumber, PageSize, c => new CitizenRow(
                c.Id, c.FirstName + " " + c.LastName, c.BirthDate, c.Unit!.Name,
                relations.Count(r => r.CitizenId == c.Id)), ct);
    }

    /// <summary>The unit column only helps staff who work in more than one unit; the lead line names a single one.</summary>
    public bool ShowUnit => Units.Count > 1;

    public bool IsSearching => !string.IsNullOrWhiteSpace(Search);

    public sealed record CitizenRow(Guid Id, string Name, DateOnly BirthDate, string Unit, int ActiveRelatives);
}
