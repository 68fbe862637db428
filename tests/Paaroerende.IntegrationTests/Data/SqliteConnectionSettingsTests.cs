using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Data;

/// <summary>
/// What every SQLite connection the portal opens is set to (SqliteWriteAhead): write-ahead log, no flush per commit,
/// and SQLite's own short waits for another writer instead of Microsoft.Data.Sqlite's 150 ms sleeps.
/// </summary>
public sealed class SqliteConnectionSettingsTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Fact]
    public async Task A_portal_connection_waits_for_another_writer_inside_SQLite_and_writes_ahead()
    {
        await using var db = await databases.ContextAsync(DatabaseProviders.Sqlite);
        await db.Database.OpenConnectionAsync();
        try
        {
            Assert.Equal(SqliteWriteAhead.BusyTimeoutMilliseconds, await db.Database.SqlQueryRaw<long>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync());
            Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
            Assert.Equal(1L, await db.Database.SqlQueryRaw<long>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync()); // NORMAL
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
