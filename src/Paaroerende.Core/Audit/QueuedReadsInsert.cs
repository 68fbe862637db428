using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

/// <summary>
/// The audit writer's one connection to the reads' queue file (<see cref="QueuedAuditReads"/>) and its one prepared
/// single-row INSERT, run once per entry inside one transaction per batch. Storing a batch through a new context and a
/// multi-row INSERT (<see cref="AuditInsert"/>) built a context, resolved its services and wrote a statement of a new
/// text for every batch size; that was most of the writer's share of the citizen page (docs/performance.md). Only the
/// writer's loop uses it, one batch at a time.
/// </summary>
/// <remarks>
/// The parameters are made by EF's own type mappings, as <see cref="AuditInsert"/>'s are, so a value is stored exactly
/// as the audit log stores it and the move copies it unchanged.
/// </remarks>
internal sealed class QueuedReadsInsert(string connectionString, IRelationalTypeMappingSource mappings) : IDisposable
{
    private SqliteConnection? _connection;
    private SqliteCommand? _insert;

    /// <summary>Batches committed so far (the tests' view of the group commit).</summary>
    public int Commits { get; private set; }

    public void Insert(IReadOnlyList<AuditEntry> entries)
    {
        try
        {
            var insert = Prepared();
            using var transaction = insert.Connection!.BeginTransaction();
            insert.Transaction = transaction;
            foreach (var e in entries)
            {
                var values = AuditInsert.ValuesOf(e);
                for (var i = 0; i < values.Length; i++)
                {
                    insert.Parameters[i].Value = values[i] ?? DBNull.Value;
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            Commits++;
        }
        catch
        {
            // A connection that failed mid-batch is not trusted with the next one: the next batch opens a new one.
            Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _insert?.Dispose();
        _connection?.Dispose();
        _insert = null;
        _connection = null;
    }

    private SqliteCommand Prepared()
    {
        if (_insert is not null)
        {
            return _insert;
        }

        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        SqliteWriteAhead.Apply(_connection);
        var insert = _connection.CreateCommand();
        var names = AuditInsert.ColumnTypes.Select((_, i) => "$v" + i).ToArray();
        insert.CommandText = $"INSERT INTO \"AuditEntries\" ({AuditInsert.Columns}) VALUES ({string.Join(", ", names)});";
        for (var i = 0; i < names.Length; i++)
        {
            DbParameter parameter = mappings.FindMapping(AuditInsert.ColumnTypes[i])!.CreateParameter(insert, names[i], null, nullable: true);
            insert.Parameters.Add(parameter);
        }

        insert.Prepare();
        return _insert = insert;
    }
}
