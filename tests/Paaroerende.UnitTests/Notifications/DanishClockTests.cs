using Paaroerende.Core.Notifications;

namespace Paaroerende.UnitTests.Notifications;

/// <summary>"Once a day at 07:00" is Danish time, across summer time, and always strictly later than now.</summary>
public class DanishClockTests
{
    [Theory]
    [InlineData("2026-01-15T05:59:00Z", "2026-01-15T06:00:00Z")] // winter: 07:00 is 06:00 UTC
    [InlineData("2026-01-15T06:00:00Z", "2026-01-16T06:00:00Z")] // exactly at 07:00: the next day's
    [InlineData("2026-07-15T04:00:00Z", "2026-07-15T05:00:00Z")] // summer: 07:00 is 05:00 UTC
    [InlineData("2026-03-28T12:00:00Z", "2026-03-29T05:00:00Z")] // over the spring change
    [InlineData("2026-10-24T12:00:00Z", "2026-10-25T06:00:00Z")] // over the autumn change
    public void The_next_digest_hour_is_the_next_seven_oclock_in_Copenhagen(string now, string expected)
    {
        var next = DanishClock.NextHourAfter(DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal), 7);

        Assert.Equal(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal), next);
        Assert.Equal(DateTimeKind.Utc, next.Kind);
    }

    [Fact]
    public void An_hour_skipped_by_the_spring_change_moves_to_the_same_hour_the_next_day()
    {
        // 02:00 does not exist in Denmark on 29 March 2026.
        var next = DanishClock.NextHourAfter(new DateTime(2026, 3, 28, 23, 0, 0, DateTimeKind.Utc), 2);

        Assert.Equal(new DateTime(2026, 3, 30, 0, 0, 0, DateTimeKind.Utc), next);
    }
}
