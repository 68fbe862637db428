using System.Data.Common;
using System.Globalization;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Reads the schema of a real SQL Server database from its catalogue views.</summary>
public static class SqlServerSchemaReader
{
    private const string ColumnsSql = """
        SELECT t.name, c.name, ty.name, c.max_length, c.is_nullable, c.is_identity
        FROM sys.columns c
        JOIN sys.tables t ON t.object_id = c.object_id
        JOIN sys.types ty ON ty.user_type_id = c.user_type_id
        WHERE t.name <> '__EFMigrationsHistory'
        """;

    private const string IndexesSql = """
        SELECT t.name, i.name, i.is_unique, i.is_primary_key, i.filter_definition,
               (SELECT STRING_AGG(c.name, ',') WITHIN GROUP (ORDER BY ic.key_ordinal)
                FROM sys.index_columns ic
                JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
                WHERE ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.is_included_column = 0)
        FROM sys.indexes i
        JOIN sys.tables t ON t.object_id = i.object_id
        WHERE i.type > 0 AND t.name <> '__EFMigrationsHistory'
        """;

    private const string ForeignKeysSql = """
        SELECT t.name, p.name, fk.delete_referential_action_desc,
               (SELECT STRING_AGG(c.name, ',') WITHIN GROUP (ORDER BY k.constraint_column_id)
                FROM sys.foreign_key_columns k
                JOIN sys.columns c ON c.object_id = k.parent_object_id AND c.column_id = k.parent_column_id
                WHERE k.constraint_object_id = fk.object_id),
               (SELECT STRING_AGG(c.name, ',') WITHIN GROUP (ORDER BY k.constraint_column_id)
                FROM sys.foreign_key_columns k
                JOIN sys.columns c ON c.object_id = k.referenced_object_id AND c.column_id = k.referenced_column_id
                WHERE k.constraint_object_id = fk.object_id)
        FROM sys.foreign_keys fk
        JOIN sys.tables t ON t.object_id = fk.parent_object_id
        JOIN sys.tables p ON p.object_id = fk.referenced_object_id
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
                indexes.Where(r => (string)r[0] == g.Key && (bool)r[3]).Select(r => ((string)r[5]).Split(',')).FirstOrDefault() ?? [],
                indexes.Where(r => (string)r[0] == g.Key && !(bool)r[3]).ToDictionary(
                    r => (string)r[1],
                    r => new IndexSchema((string)r[1], (bool)r[2], (string)r[5], Filter(r[4])),
                    StringComparer.Ordinal),
                foreignKeys.Where(r => (string)r[0] == g.Key)
                    .Select(r => new ForeignKeySchema((string)r[3], (string)r[1], (string)r[4], OnDelete((string)r[2])))
                    .ToHashSet()),
            StringComparer.Ordinal);
        return new DatabaseSchema(tables);
    }

    /// <summary>nvarchar's max_length counts bytes (two a character), and -1 means max.</summary>
    private static ColumnSchema ReadColumn(object[] row)
    {
        var type = (string)row[2];
        var bytes = Convert.ToInt32(row[3], CultureInfo.InvariantCulture);
        var length = bytes == -1 ? "max" : (type is "nvarchar" or "nchar" ? bytes / 2 : bytes).ToString(CultureInfo.InvariantCulture);
        if (type is "nvarchar" or "nchar" or "varchar" or "char" or "varbinary" or "binary")
        {
            type = $"{type}({length})";
        }

        return new ColumnSchema((string)row[1], type, (bool)row[4], (bool)row[5]);
    }

    /// <summary>SQL Server keeps a filter in brackets, "([UserId] IS NOT NULL)"; the model has it as written.</summary>
    private static string? Filter(object value) =>
        value is string filter && filter.StartsWith('(') && filter.EndsWith(')') ? filter[1..^1] : value as string;

    private static string OnDelete(string action) => action switch
    {
        "CASCADE" => "Cascade",
        "SET_NULL" => "SetNull",
        "SET_DEFAULT" => "SetDefault",
        _ => "NoAction",
    };
}
