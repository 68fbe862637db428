using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Calendar;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// One event of the citizen's unit, with "Jeg kommer" and the number of guests (change or take back), and its .ics
/// file. Shown only while the gate shows the event (an active relation to a citizen of its unit; not cancelled),
/// otherwise 404 like an event that does not exist, audited. One query with the gate (issue #7's budget).
/// </summary>
[GateInPageQuery]
public class EventModel(PortalDbContext db, ConsentGate gate, UnitEvents events, AuditLog audit, TimeProvider clock, PageText<EventModel> text)
    : GatedItemPageModel(audit)
{
    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    public RelationFacts Facts { get; private set; } = null!;

    public EventView Event { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid eventId) => WhenShownAsync(eventId, async relative =>
    {
        Input.Guests = Event.SignedUpGuests ?? 0;
        await AuditReadAsync(relative);
        return Page();
    });

    /// <summary>The event as an .ics file, through the same gate and audit as the page.</summary>
    public Task<IActionResult> OnGetIcsAsync(Guid eventId) => WhenShownAsync(eventId, async relative =>
    {
        await AuditReadAsync(relative);
        return CalendarFile.For(
            new CalendarItem(Event.Id, Event.Title, Event.Description, Event.Place, Event.StartsAtUtc, Event.EndsAtUtc, "begivenhed.ics", Event.Sequence),
            Core.Instant.Now(clock));
    });

    public Task<IActionResult> OnPostAsync(Guid eventId) => WhenShownAsync(eventId, async relative =>
    {
        if (ModelState.IsValid)
        {
            switch (await events.SignUpAsync(relative.UserId, eventId, Input.Guests ?? 0, HttpContext.RequestAborted))
            {
                case SignUpResult.Saved:
                    return RedirectToPage("/Relatives/Event", new { citizenId = relative.CitizenId, eventId });
                case SignUpResult.Closed:
                    ModelState.AddModelError(string.Empty, text["Closed"]);
                    break;
                case SignUpResult.TooManyGuests:
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Guests)}", text["GuestsBetween", Event.MaxGuests ?? UnitEvents.GuestLimit]);
                    break;
                default:
                    return NotFound();
            }
        }

        await AuditReadAsync(relative);
        return Page();
    });

    public Task<IActionResult> OnPostCancelAsync(Guid eventId) => WhenShownAsync(eventId, async relative =>
    {
        await events.CancelSignUpAsync(relative.UserId, eventId, HttpContext.RequestAborted);
        return RedirectToPage("/Relatives/Event", new { citizenId = relative.CitizenId, eventId });
    });

    /// <summary>The gate's relation with its facts and the event, if the gate shows it in the citizen's unit, in one query.</summary>
    protected override async Task<RelativeAccess?> LoadAsync(PendingRelativeAccess pending, Guid itemId)
    {
        var visible = gate.VisibleUnitEvents(pending.UserId, pending.AtUtc).Where(e => e.Id == itemId);
        var signUps = db.EventSignUps.Where(s => s.UserId == pending.UserId);
        var found = await pending.Relation(gate)
            .WithFacts(pending.AtUtc, r => new
            {
                Event = visible.Where(e => e.UnitId == r.Citizen!.UnitId)
                    .Select(e => new EventView(e.Id, e.Title, e.Description, e.Place, e.StartsAtUtc, e.EndsAtUtc, e.SignUpDeadlineUtc,
                        e.MaxGuests, signUps.Where(s => s.EventId == e.Id).Select(s => (int?)s.Guests).FirstOrDefault(), e.CorrectedAtUtc, e.Sequence))
                    .ToList(),
            })
            .AsNoTracking()
            .AsSingleQuery()
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found?.Item.Event.SingleOrDefault() is not { } shown)
        {
            return null;
        }

        Facts = found.Facts;
        Event = shown;
        return pending.Grant(HttpContext, found.RelationId, found.PersonId);
    }

    private Task AuditReadAsync(RelativeAccess relative) =>
        Audit.RecordRelativeReadsAsync(
            [new RelativeRead(relative.UserId, relative.PersonId, relative.CitizenId, [], Event.Id, "Event")], HttpContext.RequestAborted);

    public bool IsOpen => Event.StartsAtUtc > Core.Instant.Now(clock) && (Event.SignUpDeadlineUtc is not { } deadline || Core.Instant.Now(clock) < deadline);

    public sealed record EventView(
        Guid Id, string Title, string Description, string Place, DateTime StartsAtUtc, DateTime EndsAtUtc, DateTime? SignUpDeadlineUtc,
        int? MaxGuests, int? SignedUpGuests, DateTime? CorrectedAtUtc, int Sequence);

    public sealed class SignUpInput
    {
        [Display(Name = "Guests")]
        public int? Guests { get; set; }
    }
}
