using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Paaroerende.Core.Data;

/// <summary>
/// SQLite in write-ahead-log mode with synchronous=NORMAL (docs/adr/0015): readers no longer wait for a writer, and a
/// commit is not flushed to disk on its own — every read a relative makes is audited, so each page is a write, and
/// with the default (a flush per commit) the benchmark's citizen page waited on the disk, not the CPU. A commit
/// survives the process being killed; only a power cut can lose the last moments, as with PostgreSQL's
/// synchronous_commit=off. Set on every connection the portal opens (synchronous is per connection).
/// </summary>
internal sealed class SqliteWriteAhead : DbConnectionInterceptor
{
    public static readonly SqliteWriteAhead Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            command.ExecuteNonQuery();
        }
    }
}
