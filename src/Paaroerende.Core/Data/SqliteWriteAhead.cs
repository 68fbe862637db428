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
/// <remarks>
/// Writers still take turns, and a writer that finds another one busy is, by default, put to sleep by
/// Microsoft.Data.Sqlite for 150 ms before it tries again: with an audit insert on every relative's page, two pages
/// meeting made one of them 150–300 ms late (the citizen page's p99 at 200 requests/s was 318.9 ms while its p50 was
/// 7.2 ms). <c>busy_timeout</c> makes SQLite itself wait for the lock in steps of a few milliseconds, so the writer goes
/// on as soon as the other one commits.
/// </remarks>
internal sealed class SqliteWriteAhead : DbConnectionInterceptor
{
    public static readonly SqliteWriteAhead Instance = new();

    /// <summary>How long SQLite waits for another writer before it answers "busy" (and Microsoft.Data.Sqlite retries).</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    /// <summary>The native connections already set up; a closed native connection drops out with its handle.</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>Also for the connections <see cref="SqliteStatementCache"/> opens itself.</summary>
    public static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && Configured.TryAdd(handle, Configured))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds};";
            command.ExecuteNonQuery();
        }
    }
}
