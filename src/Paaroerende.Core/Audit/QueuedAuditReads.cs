using Microsoft.Data.Sqlite;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

/// <summary>
/// On a SQLite file, the relatives' reads are stored first in a small file of their own beside the database
/// (<c>&lt;database&gt;.audit-queue</c>), in a table of the audit log's columns without its indexes, and moved from there
/// into the audit log in bulk (docs/adr/0055). A read is still stored before it is answered — in this file — but the
/// pages' file no longer changes with every read: each change emptied the page cache of every connection reading it,
/// and each small commit wrote the touched pages of the log's four indexes to the write-ahead log again.
/// </summary>
/// <remarks>
/// Whoever reads the relatives' reads back (the citizen's "who has looked", the staff's audit page, the data exports,
/// the read alerts) calls <see cref="MoveAsync"/> first, so every read stored until then is in the audit log. Reads of
/// one item (a message thread) are not queued: the relative's own pages read them back at once. On a database server,
/// or an in-memory SQLite database, there is no queue and <see cref="MoveAsync"/> does nothing.
/// </remarks>
public sealed class QueuedAuditReads : IDisposable
{
    /// <summary>The queue's table has the audit log's name and columns, so a move copies them by the same names.</summary>
    private const string Table = "\"AuditEntries\"";

    private const string Schema = "queue";

    /// <summary>
    /// The audit log's columns, all text or null as the log stores them, and a counter that never repeats a value
    /// (AUTOINCREMENT): a move deletes the rows it copied by their numbers, so a number must never come back for a
    /// later row while another process is moving.
    /// </summary>
    private const string CreateTable =
        $"""
         CREATE TABLE IF NOT EXISTS {Schema}.{Table} (
             "Seq" INTEGER PRIMARY KEY AUTOINCREMENT, "Id" TEXT NOT NULL, "Action" TEXT NOT NULL, "ActorUserId" TEXT NOT NULL,
             "CitizenId" TEXT NULL, "Detail" TEXT NULL, "OccurredAtUtc" TEXT NOT NULL, "Outcome" TEXT NOT NULL,
             "PersonId" TEXT NULL, "RelationId" TEXT NULL, "Topic" TEXT NULL, "ItemId" TEXT NULL);
         """;

    private readonly string? _databaseConnectionString;
    private readonly SemaphoreSlim _moving = new(1, 1);
    private SqliteConnection? _mover;

    private QueuedAuditReads(string? databaseConnectionString, string? queueConnectionString)
    {
        _databaseConnectionString = databaseConnectionString;
        ConnectionString = queueConnectionString;
    }

    /// <summary>The queue file's connection string; null where the reads go straight into the audit log.</summary>
    public string? ConnectionString { get; }

    /// <summary>Whether the queue's table is known to exist (the first move creates it).</summary>
    public bool Ready { get; private set; }

    /// <summary>No queue: the reads go straight into the audit log, and moving does nothing.</summary>
    public static QueuedAuditReads None => new(null, null);

    public static QueuedAuditReads For(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider != DatabaseRegistration.SqliteProvider || !SqliteStatementCache.IsFile(settings.ConnectionString))
        {
            return None;
        }

        var database = new SqliteConnectionStringBuilder(settings.ConnectionString);
        var queue = new SqliteConnectionStringBuilder(settings.ConnectionString) { DataSource = FileOf(database.DataSource) };

        // The mover's connection attaches the queue, which a pooled connection must never carry back to the pages.
        database.Pooling = false;
        return new QueuedAuditReads(database.ConnectionString, queue.ConnectionString);
    }

    /// <summary>The queue file of a database file: beside it, so it is found, moved and removed with it.</summary>
    public static string FileOf(string databaseFile) => databaseFile + ".audit-queue";

    /// <summary>
    /// Moves every read stored in the queue so far into the audit log; safe to call at any time from any thread, and
    /// from several processes on the same file.
    /// </summary>
    /// <returns>How many entries were moved.</returns>
    public async Task<int> MoveAsync(CancellationToken cancellationToken = default)
    {
        if (_databaseConnectionString is null)
        {
            return 0;
        }

        await _moving.WaitAsync(cancellationToken);
        try
        {
            return MoveHeld();
        }
        finally
        {
            _moving.Release();
        }
    }

    /// <summary>
    /// Moves as <see cref="MoveAsync"/> does, waiting on the calling thread: for the audit writer's mover, which has a
    /// thread of its own (<see cref="AuditReadWriter"/>).
    /// </summary>
    /// <returns>How many entries were moved.</returns>
    public int Move()
    {
        if (_databaseConnectionString is null)
        {
            return 0;
        }

        _moving.Wait();
        try
        {
            return MoveHeld();
        }
        finally
        {
            _moving.Release();
        }
    }

    public void Dispose()
    {
        _mover?.Dispose();
        _moving.Dispose();
    }

    /// <summary>The move itself, by whoever holds <see cref="_moving"/>.</summary>
    private int MoveHeld()
    {
        try
        {
            return Move(Mover());
        }
        catch
        {
            // A connection that met an error is not trusted again; the rows stay queued for the next move.
            _mover?.Dispose();
            _mover = null;
            throw;
        }
    }

    /// <summary>
    /// Copies in one transaction of the database, then deletes what was copied from the queue. The two files cannot
    /// commit as one, so the order is what keeps a crash harmless: after the copy and before the delete, the rows are
    /// in both, and the next move's copy skips those the log already holds (their ids are its primary key).
    /// </summary>
    private static int Move(SqliteConnection connection)
    {
        long? last;
        int moved;
        using (var transaction = connection.BeginTransaction(deferred: true))
        {
            last = Scalar(connection, transaction, $"SELECT max(\"Seq\") FROM {Schema}.{Table};");
            if (last is null)
            {
                return 0;
            }

            moved = Execute(connection, transaction,
                $"INSERT OR IGNORE INTO main.{Table} ({AuditInsert.Columns}) SELECT {AuditInsert.Columns} FROM {Schema}.{Table} WHERE \"Seq\" <= {last};");
            transaction.Commit();
        }

        Execute(connection, null, $"DELETE FROM {Schema}.{Table} WHERE \"Seq\" <= {last};");
        return moved;
    }

    private SqliteConnection Mover()
    {
        if (_mover is not null)
        {
            return _mover;
        }

        var connection = new SqliteConnection(_databaseConnectionString);
        try
        {
            connection.Open();
            SqliteWriteAhead.Apply(connection);
            using (var attach = connection.CreateCommand())
            {
                attach.CommandText = $"ATTACH DATABASE $file AS {Schema};";
                attach.Parameters.AddWithValue("$file", new SqliteConnectionStringBuilder(ConnectionString).DataSource);
                attach.ExecuteNonQuery();
            }

            Execute(connection, null, $"PRAGMA {Schema}.journal_mode=WAL; PRAGMA {Schema}.synchronous=NORMAL; {CreateTable}");
            Ready = true;
            return _mover = connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static long? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : null;
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }
}
