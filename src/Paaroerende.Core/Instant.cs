namespace Paaroerende.Core;

/// <summary>
/// The current moment as stored: UTC, cut to whole microseconds — the finest PostgreSQL keeps — so a value read back
/// equals the value written on every provider, and ordering never depends on digits one database dropped.
/// </summary>
public static class Instant
{
    public static DateTime Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Truncate(clock.GetUtcNow().UtcDateTime);
    }

    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
}
