namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Lists, in words, every way a real database differs from what the model expects.</summary>
public static class SchemaComparer
{
    public static IReadOnlyList<string> Differences(DatabaseSchema expected, DatabaseSchema actual)
    {
        var differences = new List<string>();
        foreach (var name in actual.Tables.Keys.Except(expected.Tables.Keys))
        {
            differences.Add($"table {name} exists in the database but not in the model");
        }

        foreach (var (name, table) in expected.Tables)
        {
            if (!actual.Tables.TryGetValue(name, out var real))
            {
                differences.Add($"table {name} is missing");
                continue;
            }

            CompareTable(table, real, differences);
        }

        return differences;
    }

    private static void CompareTable(TableSchema expected, TableSchema actual, List<string> differences)
    {
        var t = expected.Name;
        foreach (var column in actual.Columns.Keys.Except(expected.Columns.Keys))
        {
            differences.Add($"{t}.{column} exists in the database but not in the model");
        }

        foreach (var (name, column) in expected.Columns)
        {
            if (!actual.Columns.TryGetValue(name, out var real))
            {
                differences.Add($"{t}.{name} is missing");
                continue;
            }

            if (!string.Equals(column.StoreType, real.StoreType, StringComparison.OrdinalIgnoreCase))
            {
                differences.Add($"{t}.{name} is {real.StoreType}, the model expects {column.StoreType}");
            }

            if (column.Nullable != real.Nullable)
            {
                differences.Add($"{t}.{name} nullable is {real.Nullable}, the model expects {column.Nullable}");
            }

            if (column.DatabaseGeneratedIdentity != real.DatabaseGeneratedIdentity)
            {
                differences.Add($"{t}.{name} identity is {real.DatabaseGeneratedIdentity}, the model expects {column.DatabaseGeneratedIdentity}");
            }
        }

        if (!expected.PrimaryKey.SequenceEqual(actual.PrimaryKey))
        {
            differences.Add($"{t} primary key is ({string.Join(",", actual.PrimaryKey)}), the model expects ({string.Join(",", expected.PrimaryKey)})");
        }

        foreach (var name in actual.Indexes.Keys.Except(expected.Indexes.Keys))
        {
            differences.Add($"index {name} on {t} exists in the database but not in the model");
        }

        foreach (var (name, index) in expected.Indexes)
        {
            if (!actual.Indexes.TryGetValue(name, out var real))
            {
                differences.Add($"index {name} on {t} is missing");
            }
            else if (real != index)
            {
                differences.Add($"index {name} on {t} is {real}, the model expects {index}");
            }
        }

        foreach (var fk in expected.ForeignKeys.Except(actual.ForeignKeys))
        {
            differences.Add($"foreign key {t}({fk.Columns}) -> {fk.PrincipalTable}({fk.PrincipalColumns}) on delete {fk.OnDelete} is missing");
        }

        foreach (var fk in actual.ForeignKeys.Except(expected.ForeignKeys))
        {
            differences.Add($"foreign key {t}({fk.Columns}) -> {fk.PrincipalTable}({fk.PrincipalColumns}) on delete {fk.OnDelete} is not in the model");
        }
    }
}
