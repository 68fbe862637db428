using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Paaroerende.Core.Data;

/// <summary>
/// SQLite in write-ahead-log mode with synchronous=NORMAL (docs/adr/0015): readers no longer wait for a writer, and a
/// commit is not flushed to disk on its own — every read a relative makes is audited, so each page is a write, and
/// with the default (a flush per commit) the benchmark's citizen page waited on the disk, not the CPU. A commit
/// survives the process being killed; only a power cut can lose the last moments, as with PostgreSQL's
/// synchronous_commit=off. Set once per physical connection (synchronous is per connection): the pool hands the same
/// native connection to request after request, and running the PRAGMAs on every open cost the citizen page two extra
/// statements per request (docs/performance.md).
/// </summary>
internal sealed class SqliteWriteAhead : DbConnectionInterceptor
{
    public static readonly SqliteWriteAhead Instance = new();

    /// <summary>The native connections already set up; a closed native connection drops out with its handle.</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && Configured.TryAdd(handle, Configured))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            command.ExecuteNonQuery();
        }
    }
}
