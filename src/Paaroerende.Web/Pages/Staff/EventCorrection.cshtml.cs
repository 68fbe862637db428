using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Data;
using Paaroerende.Web.Access;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff correct an event of one of their units: its title, description, place and time (docs/adr/0041). Its unit,
/// sign-up deadline and guest limit do not change. Another unit's event is not found, as one that does not exist.
/// </summary>
[OverviewPage]
public class EventCorrectionModel(PortalDbContext db, UnitEvents events, CalendarCorrections corrections, PageText<EventCorrectionModel> text)
    : CalendarCorrectionPageModel
{
    public override bool HasTitle => true;

    protected override Microsoft.Extensions.Localization.IStringLocalizer Text => text;

    protected override async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var found = await events.OfStaff(PortalClaims.UserIdOf(User)).AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new CalendarItemView(e.Id, e.Title, e.Title, e.Description, e.Place, e.StartsAtUtc, e.EndsAtUtc, e.CorrectedAtUtc, e.CancelledAtUtc))
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }

        Item = found;
        History = await db.UnitEventRevisions.AsNoTracking()
            .Where(r => r.EventId == id)
            .OrderByDescending(r => r.RecordedAtUtc)
            .Select(r => new CalendarRevisionRow(r.Title, r.Description, r.Place, r.StartsAtUtc, r.EndsAtUtc, r.Reason, r.RecordedAtUtc,
                db.Users.Where(x => x.Id == r.RecordedByUserId).Select(x => x.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        return true;
    }

    protected override Task<CorrectionResult> SaveAsync(Guid id, PlaceAndTime times, string title, string text, string reason) =>
        corrections.CorrectEventAsync(PortalClaims.UserIdOf(User), id, new EventCorrection(times, title, text, reason), HttpContext.RequestAborted);

    protected override IActionResult BackToList(Guid id) => RedirectToPage("/Staff/Event", new { id });
}
