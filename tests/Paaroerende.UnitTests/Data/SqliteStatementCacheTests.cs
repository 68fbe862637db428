using Paaroerende.Core.Data;

namespace Paaroerende.UnitTests.Data;

/// <summary>Which SQLite databases get kept connections with prepared statements (ADR 0051).</summary>
public sealed class SqliteStatementCacheTests
{
    [Theory]
    [InlineData("Data Source=/var/lib/paaroerende/portal.db", true)]
    [InlineData("Data Source=data/portal.db;Cache=Shared", true)]
    [InlineData("Data Source=portal.db;Pooling=False", false)] // every query opens the file anew: so it stays
    [InlineData("Data Source=:memory:", false)] // another connection would see another, empty database
    [InlineData("Data Source=portal;Mode=Memory;Cache=Shared", false)]
    [InlineData("Data Source=", false)]
    public void Only_a_pooled_database_file_is_served(string connectionString, bool served) =>
        Assert.Equal(served, SqliteStatementCache.Serves(connectionString));
}
