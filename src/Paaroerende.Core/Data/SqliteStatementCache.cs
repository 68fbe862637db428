using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Paaroerende.Core.Data;

/// <summary>
/// Keeps SQLite's prepared statements of the portal's reads, as Npgsql's auto-prepare does on PostgreSQL (ADR 0051).
/// Microsoft.Data.Sqlite prepares a statement per command and drops it when the connection closes, and EF opens, runs
/// and closes a new command for every query: preparing the relative's citizen page (19 kB of SQL) cost 0.6 ms of each
/// request, three times what running it costs (docs/performance.md). So a query outside a transaction is run instead on
/// one of a few connections kept open here, each holding its statements prepared, and EF reads the answer as usual.
/// </summary>
/// <remarks>
/// The same SQL with the same parameters on the same database gives the same answer on any connection: each run starts
/// a fresh read (the statement is reset when its reader is disposed), so a decision committed a moment ago is seen, as
/// before. A query inside a transaction stays on the transaction's connection, which alone sees its uncommitted writes.
/// Writes are never served here. When every kept connection is busy the query runs as before, on EF's own.
/// One per host (disposed with it, which closes the connections); only for a database file, never an in-memory one, and
/// not when the connection string turns pooling off (<see cref="Serves"/>).
/// </remarks>
public sealed class SqliteStatementCache : DbCommandInterceptor, IDisposable
{
    /// <summary>More than the requests a two-core host runs at once; beyond it a query simply prepares as before.</summary>
    public const int MaxConnections = 16;

    private readonly string connectionString;
    private readonly ConcurrentBag<SqliteStatementConnection> idle = [];
    private int created;
    private int prepared;
    private volatile bool disposed;

    public SqliteStatementCache(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        this.connectionString = connectionString;
    }

    /// <summary>
    /// Whether a connection string names a database file that other connections can open too, and allows connections
    /// to be kept: with <c>Pooling=False</c> every query opens the file anew, and so it stays.
    /// </summary>
    public static bool Serves(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString).Pooling && IsFile(connectionString);

    /// <summary>Whether a connection string names a database file, not an in-memory database.</summary>
    public static bool IsFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode is not SqliteOpenMode.Memory
            && !string.IsNullOrEmpty(builder.DataSource)
            && !builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How many statements were prepared here since the start (for the tests: repeats must not add to it).</summary>
    public int StatementsPrepared => Volatile.Read(ref prepared);

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (Lease(command, result) is not { } connection)
        {
            return result;
        }

        try
        {
            return InterceptionResult<DbDataReader>.SuppressWithResult(connection.Execute((SqliteCommand)command, this));
        }
        catch
        {
            // A connection that met an error (a bad statement, a file gone away) is not trusted again: the next query
            // opens a fresh one, as EF's own would after an outage.
            Discard(connection);
            throw;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite runs its "async" commands synchronously, so this does the same without the detour.
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }

    private SqliteStatementConnection? Lease(DbCommand command, InterceptionResult<DbDataReader> result)
    {
        if (disposed || result.HasResult || command is not SqliteCommand { Transaction: null } sqlite || !IsQuery(sqlite.CommandText))
        {
            return null;
        }

        if (idle.TryTake(out var connection))
        {
            return connection;
        }

        if (Interlocked.Increment(ref created) > MaxConnections)
        {
            Interlocked.Decrement(ref created);
            return null;
        }

        try
        {
            return SqliteStatementConnection.Open(connectionString);
        }
        catch (SqliteException)
        {
            // The file cannot be opened now: EF's own connection meets the same and reports it as usual.
            Interlocked.Decrement(ref created);
            return null;
        }
    }

    /// <summary>
    /// Only queries: EF also reads the answers of its writes (an UPDATE's "RETURNING 1"), and a write belongs on EF's own
    /// connection, with its foreign keys switched on and in the order of its other writes.
    /// </summary>
    private static bool IsQuery(string sql) => sql.StartsWith("SELECT", StringComparison.Ordinal);

    internal void Prepared() => Interlocked.Increment(ref prepared);

    internal void Return(SqliteStatementConnection connection)
    {
        if (disposed)
        {
            connection.Dispose();
            return;
        }

        idle.Add(connection);
        if (disposed && idle.TryTake(out var late))
        {
            late.Dispose();
        }
    }

    private void Discard(SqliteStatementConnection connection)
    {
        connection.Dispose();
        Interlocked.Decrement(ref created);
    }

    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}
