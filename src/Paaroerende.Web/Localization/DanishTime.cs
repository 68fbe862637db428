using System.Globalization;

namespace Paaroerende.Web.Localization;

/// <summary>Instants are stored in UTC and shown in Danish time, in the user's language's date format.</summary>
public static class DanishTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"22. november 2026 kl. 14.05" in Danish, "22 November 2026 14:05" in English.</summary>
    public static string Format(DateTime utc)
    {
        var local = ToLocal(utc);
        var culture = CultureInfo.CurrentCulture;
        return culture.TwoLetterISOLanguageName == "da"
            ? local.ToString("d. MMMM yyyy 'kl.' HH.mm", culture)
            : local.ToString("d MMMM yyyy HH:mm", culture);
    }

    /// <summary>The time of day alone: "kl. 14.05" in Danish, "14:05" in English.</summary>
    public static string FormatClock(DateTime utc)
    {
        var local = ToLocal(utc);
        var culture = CultureInfo.CurrentCulture;
        return culture.TwoLetterISOLanguageName == "da"
            ? local.ToString("'kl.' HH.mm", culture)
            : local.ToString("HH:mm", culture);
    }

    public static string FormatDate(DateTime utc) => ToLocal(utc).ToString("d. MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A calendar day that is no instant (a birth date), in the same format as <see cref="FormatDate"/>.</summary>
    public static string FormatDay(DateOnly day) => day.ToString("d. MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The UTC instant of a Danish wall-clock time.</summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    /// <summary>The Danish calendar day an instant falls on.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The UTC instant at which a Danish calendar day begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    /// <summary>
    /// The last Danish day a decision counts on. Ends are stored exclusive (the first moment it no longer counts) and
    /// shown inclusive: an end at the start of 1 March is "til og med 28. februar".
    /// </summary>
    public static DateOnly LastDayOf(DateTime exclusiveEndUtc) => DayOf(exclusiveEndUtc.AddTicks(-1));

    /// <summary>"28. februar 2027" for an end stored as the start of 1 March (see <see cref="LastDayOf"/>).</summary>
    public static string FormatLastDay(DateTime exclusiveEndUtc) => FormatDay(LastDayOf(exclusiveEndUtc));

    /// <summary>The exclusive end stored for "til og med" a Danish day: the start of the next day in Danish time.</summary>
    public static DateTime EndAfterDay(DateOnly lastDay) => StartOfDayUtc(lastDay.AddDays(1));
}
