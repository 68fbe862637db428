using Paaroerende.Web.Localization;

namespace Paaroerende.Web.Consents;

/// <summary>
/// The consent forms show days; the records hold instants. A day left as the form showed it maps back to the line's exact
/// instant, so an untouched row stays untouched and a change of level or end keeps the grant's start (no gap, nothing
/// hidden). A day the user changed means the start of that Danish day, and an end "til og med" a day means the start of
/// the next.
/// </summary>
public static class FormDates
{
    public static DateTime StartOf(DateOnly day, DateTime? currentFromUtc) =>
        currentFromUtc is { } current && DanishTime.DayOf(current) == day ? current : DanishTime.StartOfDayUtc(day);

    public static DateTime? EndAfter(DateOnly? lastDay, DateTime? currentUntilUtc) =>
        lastDay is not { } day ? null
        : currentUntilUtc is { } current && DanishTime.LastDayOf(current) == day ? current
        : DanishTime.EndAfterDay(day);
}
