using Microsoft.Data.SqlClient;
using Npgsql;
using Paaroerende.Core.Data;

namespace Paaroerende.UnitTests.Data;

/// <summary>
/// The audit writer's connections come from a pool of their own on a database server (docs/adr/0053): the operator's
/// connection string under the writer's name, which the provider pools apart, and a small pool kept open.
/// </summary>
public sealed class OwnConnectionPoolTests
{
    [Fact]
    public void On_PostgreSQL_the_writer_has_a_small_pool_of_its_own_on_the_operators_connection()
    {
        var portal = "Host=db.example;Database=portal;Username=portal;Password=secret;Maximum Pool Size=100";

        var writer = new NpgsqlConnectionStringBuilder(
            OwnConnectionPool.ForAuditWriter(new DatabaseSettings(DatabaseRegistration.PostgreSqlProvider, portal)));

        Assert.Equal(OwnConnectionPool.AuditWriterName, writer.ApplicationName);
        Assert.Equal(2, writer.MaxPoolSize);
        Assert.Equal(1, writer.MinPoolSize);
        Assert.Equal(("db.example", "portal", "portal", "secret"), (writer.Host, writer.Database, writer.Username, writer.Password));
        Assert.True(writer.NoResetOnClose);

        // Its one INSERT of arrays is parsed and planned once per connection, not for every batch.
        Assert.True(writer.MaxAutoPrepare > 0);
        Assert.Equal(1, writer.AutoPrepareMinUsages);
    }

    [Fact]
    public void On_SQL_Server_likewise()
    {
        var portal = "Server=db.example;Database=portal;User ID=portal;Password=secret;Encrypt=true";

        var writer = new SqlConnectionStringBuilder(
            OwnConnectionPool.ForAuditWriter(new DatabaseSettings(DatabaseRegistration.SqlServerProvider, portal)));

        Assert.Equal(OwnConnectionPool.AuditWriterName, writer.ApplicationName);
        Assert.Equal(2, writer.MaxPoolSize);
        Assert.Equal(1, writer.MinPoolSize);
        Assert.Equal(("db.example", "portal", "portal"), (writer.DataSource, writer.InitialCatalog, writer.UserID));
    }

    [Fact]
    public void Pooling_the_operator_turned_off_stays_off()
    {
        var writer = new NpgsqlConnectionStringBuilder(OwnConnectionPool.ForAuditWriter(
            new DatabaseSettings(DatabaseRegistration.PostgreSqlProvider, "Host=db.example;Database=portal;Pooling=false")));

        Assert.False(writer.Pooling);
        Assert.Equal(new NpgsqlConnectionStringBuilder().MinPoolSize, writer.MinPoolSize);
        Assert.Equal(OwnConnectionPool.AuditWriterName, writer.ApplicationName);
    }

    [Fact]
    public void On_SQLite_the_writer_shares_the_pages_pool() =>
        Assert.Null(OwnConnectionPool.ForAuditWriter(new DatabaseSettings(DatabaseRegistration.SqliteProvider, "Data Source=portal.db")));
}
