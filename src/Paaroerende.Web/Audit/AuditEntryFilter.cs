using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Audit;
using Paaroerende.Web.Localization;

namespace Paaroerende.Web.Audit;

/// <summary>
/// The filter of a citizen's audit entries by relative and period, shared by the citizen's "Hvem har kigget?" and the
/// staff's log, so both read a period the same way: whole Danish days, the last one included. Each page derives its
/// own class nested in its page model, so the fields' names and errors come from that page's texts
/// (<see cref="Forms.PageFirstStringLocalizer"/>).
/// </summary>
public abstract class AuditEntryFilter
{
    [Display(Name = "Relative")]
    public Guid? Relative { get; set; }

    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    public bool IsEmpty => Relative is null && From is null && To is null;

    /// <summary>Marks the last day when it comes before the first (the page's "ToBeforeFrom" text says what to do).</summary>
    public void CheckPeriod(ModelStateDictionary modelState, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        if (From is { } from && To is { } to && to < from)
        {
            modelState.AddModelError($"Filter.{nameof(To)}", text["ToBeforeFrom"]);
        }
    }

    /// <summary>The entries of the chosen relative within the period, in the database's query.</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (Relative is { } personId)
        {
            entries = entries.Where(a => a.PersonId == personId);
        }

        if (From is { } fromDay)
        {
            var fromUtc = DanishTime.StartOfDayUtc(fromDay);
            entries = entries.Where(a => a.OccurredAtUtc >= fromUtc);
        }

        if (To is { } toDay)
        {
            // The period includes the whole last day: up to the start of the next one.
            var untilUtc = DanishTime.EndAfterDay(toDay);
            entries = entries.Where(a => a.OccurredAtUtc < untilUtc);
        }

        return entries;
    }

    /// <summary>The filter's values for the paging links, so another page of the list keeps the filter.</summary>
    public IEnumerable<KeyValuePair<string, string?>> RouteValues() =>
    [
        new("Filter.Relative", Relative?.ToString()),
        new("Filter.From", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("Filter.To", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];
}
