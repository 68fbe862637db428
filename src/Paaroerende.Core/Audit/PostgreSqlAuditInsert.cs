using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

/// <summary>
/// On PostgreSQL a batch of audit entries is one INSERT of eleven arrays taken apart by <c>unnest</c>: the same text
/// for every batch, so the server parses and plans it once per connection (the writer's connections prepare what they
/// run: <see cref="OwnConnectionPool"/>) instead of a new multi-row statement for each batch size (<see cref="AuditInsert"/>,
/// whose every variant was planned on every call), and the writer makes eleven parameters instead of eleven an entry.
/// One statement: the batch is stored whole or not at all.
/// </summary>
internal static class PostgreSqlAuditInsert
{
    /// <summary>The array element type of each CLR type in <see cref="AuditInsert.ColumnTypes"/>.</summary>
    private static readonly Dictionary<Type, NpgsqlDbType> ElementTypes = new()
    {
        [typeof(Guid)] = NpgsqlDbType.Uuid, [typeof(string)] = NpgsqlDbType.Text, [typeof(DateTime)] = NpgsqlDbType.TimestampTz,
    };

    /// <summary>Each column's array element: nullable where a value type may be missing.</summary>
    private static readonly Type[] Elements =
        [.. AuditInsert.ColumnTypes.Select(type => type.IsValueType ? typeof(Nullable<>).MakeGenericType(type) : type)];

    private static readonly string Sql =
        $"INSERT INTO \"AuditEntries\" ({AuditInsert.Columns}) SELECT * FROM unnest(" +
        string.Join(", ", AuditInsert.ColumnTypes.Select((_, c) => "@c" + c)) + ")";

    public static Task<int> InsertAsync(PortalDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        // One typed array per column, filled from the values the other inserts store, so a column's conversion is
        // written once (AuditInsert.ValuesOf).
        var columns = Elements.Select(element => Array.CreateInstance(element, entries.Count)).ToArray();
        for (var row = 0; row < entries.Count; row++)
        {
            var values = AuditInsert.ValuesOf(entries[row]);
            for (var c = 0; c < values.Length; c++)
            {
                columns[c].SetValue(values[c], row);
            }
        }

        var parameters = columns.Select((values, c) =>
            new NpgsqlParameter("c" + c, NpgsqlDbType.Array | ElementTypes[AuditInsert.ColumnTypes[c]]) { Value = values });
        return db.Database.ExecuteSqlRawAsync(Sql, parameters, cancellationToken);
    }
}
