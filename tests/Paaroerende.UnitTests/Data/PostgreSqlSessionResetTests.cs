using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Paaroerende.Core.Data;

namespace Paaroerende.UnitTests.Data;

/// <summary>
/// Pooled PostgreSQL connections are handed on without Npgsql's session reset (docs/adr/0056): a statement less for the
/// server before every use of a connection, two to three a page. The operator's own choice in the connection string wins.
/// </summary>
public sealed class PostgreSqlSessionResetTests
{
    [Fact]
    public void The_pages_connections_are_handed_on_without_the_reset()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DatabaseRegistration.Configure(
            options, new DatabaseSettings(DatabaseRegistration.PostgreSqlProvider, "Host=db.example;Database=portal;Username=portal"));

        var builder = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(options.Options).ConnectionString);

        Assert.True(builder.NoResetOnClose);
        Assert.Equal(("db.example", "portal", "portal"), (builder.Host, builder.Database, builder.Username));
    }

    [Theory]
    [InlineData("Host=db.example;Database=portal;No Reset On Close=false")]
    [InlineData("Host=db.example;Database=portal;NoResetOnClose=false")]
    public void An_operators_own_choice_is_kept(string connectionString) =>
        Assert.False(new NpgsqlConnectionStringBuilder(PostgreSqlSessionReset.LeftOut(connectionString)).NoResetOnClose);
}
