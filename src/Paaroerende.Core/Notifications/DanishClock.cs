namespace Paaroerende.Core.Notifications;

/// <summary>
/// Danish wall-clock times for the core's rules that go by the day (jobs that run "once a day", custody that ends on a
/// birthday): the day begins and ends in Copenhagen, not in UTC.
/// </summary>
internal static class DanishClock
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The first instant of a Danish calendar day, in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        Instant.Truncate(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone));

    /// <summary>The Danish calendar day an instant falls on.</summary>
    public static DateOnly DayOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    /// <summary>The first moment after <paramref name="utc"/> at which it is the given whole hour in Denmark.</summary>
    public static DateTime NextHourAfter(DateTime utc, int hour)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
        var candidate = local.Date.AddHours(hour);
        while (true)
        {
            // A time skipped by the spring change does not exist: take the same hour the day after.
            if (!Zone.IsInvalidTime(candidate))
            {
                var candidateUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(candidate, DateTimeKind.Unspecified), Zone);
                if (candidateUtc > utc)
                {
                    return Instant.Truncate(candidateUtc);
                }
            }

            candidate = candidate.AddDays(1);
        }
    }
}
