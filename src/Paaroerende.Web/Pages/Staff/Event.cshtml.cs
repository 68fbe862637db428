using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Data;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// One event of the staff member's units with its sign-ups: who comes, how many guests, the total. Another unit's event
/// is not found, as one that does not exist.
/// </summary>
[OverviewPage]
public class EventModel(PortalDbContext db, UnitEvents events, PageText<EventModel> text) : PageModel
{
    /// <summary>Why the event is cancelled (for the staff and the audit; relatives only see it gone).</summary>
    [BindProperty]
    [StringLength(FieldLengths.ShortText)]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    public EventView Event { get; private set; } = null!;

    public IReadOnlyList<SignUpRow> SignUps { get; private set; } = [];

    public int Total => SignUps.Sum(s => 1 + s.Guests);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Cancels the event, with a reason; another unit's or an already cancelled event is not found.</summary>
    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        if (!await LoadAsync(id) || Event.CancelledAtUtc is not null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), text["ReasonRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await events.CancelAsync(PortalClaims.UserIdOf(User), id, Reason!, HttpContext.RequestAborted);
        return RedirectToPage("/Staff/Event", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var found = await events.OfStaff(PortalClaims.UserIdOf(User)).AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new EventView(e.Id, db.Units.Where(u => u.Id == e.UnitId).Select(u => u.Name).First(), e.Title, e.Description,
                e.Place, e.StartsAtUtc, e.EndsAtUtc, e.SignUpDeadlineUtc, e.MaxGuests, e.CancelledAtUtc, e.CancelReason, e.CorrectedAtUtc))
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }

        Event = found;
        SignUps = await db.EventSignUps.AsNoTracking()
            .Where(s => s.EventId == id)
            .Select(s => new SignUpRow(
                db.People.Where(p => p.Id == s.PersonId).Select(p => p.FirstName + " " + p.LastName).First(), s.Guests, s.AnsweredAtUtc))
            .ToListAsync(ct);
        SignUps = [.. SignUps.OrderBy(s => s.Name, StringComparer.CurrentCulture)];
        return true;
    }

    public sealed record EventView(
        Guid Id, string Unit, string Title, string Description, string Place, DateTime StartsAtUtc, DateTime EndsAtUtc,
        DateTime? SignUpDeadlineUtc, int? MaxGuests, DateTime? CancelledAtUtc, string? CancelReason, DateTime? CorrectedAtUtc);

    public sealed record SignUpRow(string Name, int Guests, DateTime AnsweredAtUtc);
}
