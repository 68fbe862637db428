using Paaroerende.Core.Data;

namespace Paaroerende.UnitTests.Data;

public class UtcDateTimeConverterTests
{
    private readonly UtcDateTimeConverter _converter = new();

    [Fact]
    public void Values_read_from_the_database_are_marked_as_UTC()
    {
        var fromDatabase = new DateTime(2026, 3, 3, 14, 0, 0, DateTimeKind.Unspecified);

        var read = (DateTime)_converter.ConvertFromProvider(fromDatabase)!;

        Assert.Equal(DateTimeKind.Utc, read.Kind);
        Assert.Equal(fromDatabase.Ticks, read.Ticks);
    }

    [Fact]
    public void Local_times_are_converted_to_UTC_before_they_are_written()
    {
        var local = new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Local);

        var written = (DateTime)_converter.ConvertToProvider(local)!;

        Assert.Equal(local.ToUniversalTime(), written);
        Assert.Equal(DateTimeKind.Utc, written.Kind);
    }
}
