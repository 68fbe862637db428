using Npgsql;
using Paaroerende.Core.Data;

namespace Paaroerende.UnitTests.Data;

/// <summary>
/// The portal's statements are kept prepared on PostgreSQL from their first use (docs/performance.md, "Interleaved
/// rounds": a new pooled connection otherwise planned the 19 kB citizen-page statement five times before preparing it),
/// unless the operator's connection string chose its own preparing.
/// </summary>
public sealed class PostgreSqlAutoPrepareTests
{
    [Fact]
    public void Statements_are_prepared_from_their_first_use()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            DatabaseRegistration.WithAutoPrepare("Host=127.0.0.1;Database=portal;Username=portal"));

        Assert.Equal(100, builder.MaxAutoPrepare);
        Assert.Equal(1, builder.AutoPrepareMinUsages);
        Assert.Equal("portal", builder.Database);
    }

    [Fact]
    public void An_operators_own_preparing_is_kept()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            DatabaseRegistration.WithAutoPrepare("Host=127.0.0.1;Database=portal;Max Auto Prepare=20"));

        Assert.Equal(20, builder.MaxAutoPrepare);
        Assert.Equal(new NpgsqlConnectionStringBuilder().AutoPrepareMinUsages, builder.AutoPrepareMinUsages);
    }
}
