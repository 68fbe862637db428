using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Events of the staff member's units ("Julefrokost", "Pårørendemøde"), which every relative with an active relation to
/// a citizen of the unit sees and signs up for; the coming ones with their sign-up count. Times are entered in Danish
/// time. Staff create events only for their own units: another unit's id is refused like an empty choice.
/// </summary>
[OverviewPage]
public class EventsModel(PortalDbContext db, StaffScope scope, UnitEvents events, TimeProvider clock, PageText<EventsModel> text) : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public IReadOnlyList<NewsModel.UnitOption> Units { get; private set; } = [];

    public IReadOnlyList<EventRow> Coming { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Units.Count == 1)
        {
            Input.UnitId = Units[0].Id;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Input.UnitId is { } chosen && Units.All(u => u.Id != chosen))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.UnitId)}", text["Validation_Choose", text["Unit"].Value]);
        }

        var times = EventTimes.Read(ModelState, nameof(Input), Input.Date, Input.StartTime, Input.EndTime, text);
        DateTime? deadline = Input.SignUpBy is { } by ? DanishTime.EndAfterDay(by) : null;
        if (times is { } t && deadline is { } d && d > t.StartsAtUtc)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.SignUpBy)}", text["DeadlineAfterStart"]);
        }

        if (Input.MaxGuests is < 0 or > UnitEvents.GuestLimit)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.MaxGuests)}", text["MaxGuestsBetween", UnitEvents.GuestLimit]);
        }

        if (!ModelState.IsValid || times is null)
        {
            return Page();
        }

        var id = await events.CreateAsync(PortalClaims.UserIdOf(User),
            new NewUnitEvent(Input.UnitId!.Value, Input.Title!, Input.Description ?? "", Input.Place!, times.Value.StartsAtUtc,
                times.Value.EndsAtUtc, deadline, Input.MaxGuests),
            HttpContext.RequestAborted);
        return id is { } created ? RedirectToPage("/Staff/Event", new { id = created }) : NotFound();
    }

    private async Task LoadAsync()
    {
        var userId = PortalClaims.UserIdOf(User);
        var ct = HttpContext.RequestAborted;
        var unitIds = scope.UnitIds(userId);
        var now = Instant.Now(clock);
        Units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new NewsModel.UnitOption(u.Id, u.Name)).ToListAsync(ct);
        Coming = await events.OfStaff(userId).AsNoTracking()
            .Where(e => e.EndsAtUtc > now)
            .OrderBy(e => e.StartsAtUtc)
            .Select(e => new EventRow(e.Id, db.Units.Where(u => u.Id == e.UnitId).Select(u => u.Name).First(), e.Title, e.StartsAtUtc,
                e.CancelledAtUtc, db.EventSignUps.Count(s => s.EventId == e.Id), db.EventSignUps.Where(s => s.EventId == e.Id).Sum(s => (int?)s.Guests) ?? 0))
            .ToListAsync(ct);
    }

    public sealed record EventRow(Guid Id, string Unit, string Title, DateTime StartsAtUtc, DateTime? CancelledAtUtc, int Relatives, int Guests);

    public sealed class EventInput
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Unit")]
        public Guid? UnitId { get; set; }

        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "EventTitle")]
        public string? Title { get; set; }

        [StringLength(UnitEvent.DescriptionLength)]
        [Display(Name = "Description")]
        public string? Description { get; set; }

        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Place")]
        public string? Place { get; set; }

        [Required]
        [Display(Name = "Date")]
        public DateOnly? Date { get; set; }

        [Required]
        [Display(Name = "StartTime")]
        public string? StartTime { get; set; }

        [Required]
        [Display(Name = "EndTime")]
        public string? EndTime { get; set; }

        [Display(Name = "SignUpBy")]
        public DateOnly? SignUpBy { get; set; }

        [Display(Name = "MaxGuests")]
        public int? MaxGuests { get; set; }
    }
}

/// <summary>
/// A day and two wall-clock times ("14:00") as Danish time, to UTC instants: summer time handled by the zone, a time the
/// spring change skips refused. The times are strings so "14:00" binds whatever the user's language.
/// </summary>
public static class EventTimes
{
    public static (DateTime StartsAtUtc, DateTime EndsAtUtc)? Read(
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string prefix, DateOnly? day, string? start, string? end,
        Microsoft.Extensions.Localization.IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(text);
        var from = Clock(state, $"{prefix}.StartTime", start, text);
        var until = Clock(state, $"{prefix}.EndTime", end, text);
        if (day is not { } d || from is not { } f || until is not { } u)
        {
            return null;
        }

        if (u <= f)
        {
            state.AddModelError($"{prefix}.EndTime", text["EndAfterStart"]);
            return null;
        }

        return (Instant.Truncate(DanishTime.ToUtc(d, f)), Instant.Truncate(DanishTime.ToUtc(d, u)));
    }

    private static TimeOnly? Clock(
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string key, string? value, Microsoft.Extensions.Localization.IStringLocalizer text)
    {
        if (value is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        state.AddModelError(key, text["Validation_Time"]);
        return null;
    }
}
