using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Paaroerende.IntegrationTests.Data.SqlServer;

/// <summary>
/// Lists, in words, every way the schema a script leaves differs from what the SQL Server model expects: its tables,
/// its indexes with their uniqueness and filter (EF's SQL Server convention filters unique indexes on nullable
/// columns), and the triggers the model is told of (which make EF save without OUTPUT).
/// </summary>
internal static class ModelExpectations
{
    /// <summary>The trigger the migrations give each table: after UPDATE and DELETE, refusing (or filtering) both.</summary>
    private const string TriggerFires = "After Update, Delete";

    /// <summary>EF's own table, created by every script and in no model.</summary>
    private const string HistoryTable = "__EFMigrationsHistory";

    public static IReadOnlyList<string> Differences(DbContext context, ScriptSchema script)
    {
        var model = context.GetService<IDesignTimeModel>().Model;
        var differences = new List<string>();
        var tables = model.GetRelationalModel().Tables.ToList();
        foreach (var table in tables)
        {
            if (!script.Tables.Contains(table.Name))
            {
                differences.Add($"table {table.Name} is missing");
            }

            foreach (var index in table.Indexes)
            {
                CompareIndex(index, script, differences);
            }
        }

        differences.AddRange(script.Tables.Except(tables.Select(t => t.Name)).Where(t => t != HistoryTable).Select(t => $"table {t} is not in the model"));
        differences.AddRange(script.Indexes.Keys.Except(tables.SelectMany(t => t.Indexes).Select(i => i.Name))
            .Select(i => $"index {i} is not in the model"));
        CompareTriggers(model, script, differences);
        return differences;
    }

    private static void CompareIndex(ITableIndex index, ScriptSchema script, List<string> differences)
    {
        var expected = new ScriptIndex(index.Table.Name, index.IsUnique, index.Filter);
        if (!script.Indexes.TryGetValue(index.Name, out var actual))
        {
            differences.Add($"index {index.Name} on {index.Table.Name} is missing");
        }
        else if (actual != expected)
        {
            differences.Add($"index {index.Name} is {actual}, the model expects {expected}");
        }
    }

    private static void CompareTriggers(IModel model, ScriptSchema script, List<string> differences)
    {
        var expected = model.GetEntityTypes()
            .SelectMany(e => e.GetDeclaredTriggers().Select(t => (Name: t.GetDatabaseName()!, Table: e.GetTableName()!)))
            .ToList();
        foreach (var (name, table) in expected)
        {
            var wanted = new ScriptTrigger(table, TriggerFires);
            if (!script.Triggers.TryGetValue(name, out var actual))
            {
                differences.Add($"trigger {name} on {table} is missing");
            }
            else if (actual != wanted)
            {
                differences.Add($"trigger {name} is {actual}, the model expects {wanted}");
            }
        }

        differences.AddRange(script.Triggers.Keys.Except(expected.Select(t => t.Name))
            .Select(t => $"trigger {t} is not in the model (EF would save to its table with OUTPUT, which SQL Server refuses)"));
    }
}
