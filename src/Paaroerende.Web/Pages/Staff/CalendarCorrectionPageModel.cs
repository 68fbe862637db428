using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Data;
using Paaroerende.Web.Localization;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// A page where staff correct a meeting about a citizen or a unit's event (docs/adr/0041): its place, time and text, with
/// a reason; what it said before each correction is listed below. A cancelled one cannot change (a post is 404, like one
/// that does not exist). The form keeps everything typed on a validation error.
/// </summary>
public abstract class CalendarCorrectionPageModel : PageModel
{
    [BindProperty]
    public CalendarCorrectionInput Input { get; set; } = new();

    public CalendarItemView Item { get; protected set; } = null!;

    public IReadOnlyList<CalendarRevisionRow> History { get; protected set; } = [];

    /// <summary>An event has a title of its own; a meeting is named by its kind, which does not change.</summary>
    public abstract bool HasTitle { get; }

    /// <summary>Loads <see cref="Item"/> and <see cref="History"/>; false when the sign-in may not see it.</summary>
    protected abstract Task<bool> LoadAsync(Guid id);

    protected abstract Task<CorrectionResult> SaveAsync(Guid id, PlaceAndTime times, string title, string text, string reason);

    protected abstract IActionResult BackToList(Guid id);

    protected abstract Microsoft.Extensions.Localization.IStringLocalizer Text { get; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new CalendarCorrectionInput
        {
            Title = Item.Title, Text = Item.Text, Place = Item.Place, Date = DanishTime.DayOf(Item.StartsAtUtc),
            StartTime = Clock(Item.StartsAtUtc), EndTime = Clock(Item.EndsAtUtc),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id) || Item.CancelledAtUtc is not null)
        {
            return NotFound();
        }

        if (HasTitle && string.IsNullOrWhiteSpace(Input.Title))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Title)}", Text["TitleRequired"]);
        }

        var times = EventTimes.Read(ModelState, nameof(Input), Input.Date, Input.StartTime, Input.EndTime, Text);
        if (!ModelState.IsValid || times is null)
        {
            return Page();
        }

        var result = await SaveAsync(id, new PlaceAndTime(Input.Place!, times.Value.StartsAtUtc, times.Value.EndsAtUtc),
            HasTitle ? Input.Title! : "", Input.Text ?? "", Input.Reason!);
        switch (result)
        {
            case CorrectionResult.NothingChanged:
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Place)}", Text["NothingChanged"]);
                return Page();
            case CorrectionResult.NotFound:
                return NotFound();
            default:
                return BackToList(id);
        }
    }

    private static string Clock(DateTime utc) => DanishTime.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The item as it is now; <paramref name="Heading"/> is a meeting's kind or an event's title.</summary>
    public sealed record CalendarItemView(
        Guid Id, string Heading, string? Title, string Text, string Place, DateTime StartsAtUtc, DateTime EndsAtUtc,
        DateTime? CorrectedAtUtc, DateTime? CancelledAtUtc);

    public sealed record CalendarRevisionRow(
        string? Title, string Text, string Place, DateTime StartsAtUtc, DateTime EndsAtUtc, string Reason, DateTime RecordedAtUtc, string? By);

    public sealed class CalendarCorrectionInput
    {
        [StringLength(FieldLengths.Title)]
        [Display(Name = "ItemTitle")]
        public string? Title { get; set; }

        [Required]
        [Display(Name = "Date")]
        public DateOnly? Date { get; set; }

        [Required]
        [Display(Name = "StartTime")]
        public string? StartTime { get; set; }

        [Required]
        [Display(Name = "EndTime")]
        public string? EndTime { get; set; }

        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Place")]
        public string? Place { get; set; }

        [StringLength(UnitEvent.DescriptionLength)]
        [Display(Name = "Text")]
        public string? Text { get; set; }

        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }
}
