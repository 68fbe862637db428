using System.Data.Common;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Reads the schema of a real PostgreSQL database from its catalogues.</summary>
public static class PostgresSchemaReader
{
    private const string ColumnsSql = """
        SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, is_identity
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
        """;

    private const string IndexesSql = """
        SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary,
               array_to_string(ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                                     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                                     ORDER BY k.ord), ',')
        FROM pg_index ix
        JOIN pg_class t ON t.oid = ix.indrelid
        JOIN pg_class i ON i.oid = ix.indexrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname <> '__EFMigrationsHistory'
        """;

    private const string ForeignKeysSql = """
        SELECT t.relname, p.relname, c.confdeltype,
               array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                                     ORDER BY k.ord), ','),
               array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                                     JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum
                                     ORDER BY k.ord), ',')
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_class p ON p.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'
        """;

    public static async Task<DatabaseSchema> ReadAsync(DbConnection connection)
    {
        var columns = await SqliteSchemaReader.QueryAsync(connection, ColumnsSql);
        var indexes = await SqliteSchemaReader.QueryAsync(connection, IndexesSql);
        var foreignKeys = await SqliteSchemaReader.QueryAsync(connection, ForeignKeysSql);

        var tables = columns.GroupBy(r => (string)r[0]).ToDictionary(
            g => g.Key,
            g => new TableSchema(
                g.Key,
                g.ToDictionary(r => (string)r[1], ReadColumn, StringComparer.Ordinal),
                indexes.Where(r => (string)r[0] == g.Key && (bool)r[3]).Select(r => ((string)r[4]).Split(',')).FirstOrDefault() ?? [],
                indexes.Where(r => (string)r[0] == g.Key && !(bool)r[3]).ToDictionary(
                    r => (string)r[1], r => new IndexSchema((string)r[1], (bool)r[2], (string)r[4]), StringComparer.Ordinal),
                foreignKeys.Where(r => (string)r[0] == g.Key)
                    .Select(r => new ForeignKeySchema((string)r[3], (string)r[1], (string)r[4], OnDelete((char)r[2])))
                    .ToHashSet()),
            StringComparer.Ordinal);
        return new DatabaseSchema(tables);
    }

    private static ColumnSchema ReadColumn(object[] row)
    {
        var type = (string)row[2];
        if (row[3] is int length)
        {
            type = $"{type}({length})";
        }

        return new ColumnSchema((string)row[1], type, (string)row[4] == "YES", (string)row[5] == "YES");
    }

    private static string OnDelete(char action) => action switch
    {
        'c' => "Cascade",
        'r' => "Restrict",
        'n' => "SetNull",
        _ => "NoAction",
    };
}
