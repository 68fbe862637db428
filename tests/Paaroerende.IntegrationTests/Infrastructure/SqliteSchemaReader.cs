using System.Data.Common;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Reads the schema of a real SQLite database through its PRAGMAs.</summary>
public static class SqliteSchemaReader
{
    public static async Task<DatabaseSchema> ReadAsync(DbConnection connection)
    {
        var tables = new Dictionary<string, TableSchema>(StringComparer.Ordinal);
        var definitions = await QueryAsync(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var row in definitions.Where(r => !((string)r[0]).StartsWith("__EF", StringComparison.Ordinal)))
        {
            var name = (string)row[0];
            var sql = (string)row[1];
            tables[name] = await ReadTableAsync(connection, name, sql);
        }

        return new DatabaseSchema(tables);
    }

    private static async Task<TableSchema> ReadTableAsync(DbConnection connection, string table, string createSql)
    {
        var columns = new Dictionary<string, ColumnSchema>(StringComparer.Ordinal);
        var primaryKey = new SortedList<long, string>();
        foreach (var row in await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")"))
        {
            var name = (string)row[1];
            var pkOrdinal = (long)row[5];
            var autoincrement = pkOrdinal > 0 && createSql.Contains("AUTOINCREMENT", StringComparison.Ordinal);
            columns[name] = new ColumnSchema(name, (string)row[2], (long)row[3] == 0, autoincrement);
            if (pkOrdinal > 0)
            {
                primaryKey.Add(pkOrdinal, name);
            }
        }

        var indexes = new Dictionary<string, IndexSchema>(StringComparer.Ordinal);
        foreach (var row in await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")"))
        {
            var name = (string)row[1];
            if ((string)row[3] != "c")
            {
                continue; // Backs the primary key or a constraint, not an index the model names.
            }

            var indexColumns = (await QueryAsync(connection, $"PRAGMA index_info(\"{name}\")"))
                .OrderBy(r => (long)r[0]).Select(r => (string)r[2]);
            indexes[name] = new IndexSchema(name, (long)row[2] == 1, string.Join(",", indexColumns));
        }

        var foreignKeys = (await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
            .GroupBy(r => (long)r[0])
            .Select(g => new ForeignKeySchema(
                string.Join(",", g.OrderBy(r => (long)r[1]).Select(r => (string)r[3])),
                (string)g.First()[2],
                string.Join(",", g.OrderBy(r => (long)r[1]).Select(r => (string)r[4])),
                OnDelete((string)g.First()[6])))
            .ToHashSet();
        return new TableSchema(table, columns, primaryKey.Values.ToList(), indexes, foreignKeys);
    }

    private static string OnDelete(string sqliteAction) => sqliteAction switch
    {
        "CASCADE" => "Cascade",
        "RESTRICT" => "Restrict",
        "SET NULL" => "SetNull",
        _ => "NoAction",
    };

    internal static async Task<List<object[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return rows;
    }
}
