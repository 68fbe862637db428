using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Paaroerende.IntegrationTests.Data.SqlServer;

/// <summary>An index as a script leaves it: its table, whether unique, and its filter as written (null without one).</summary>
internal sealed record ScriptIndex(string Table, bool Unique, string? Filter);

/// <summary>A trigger as a script leaves it: its table and the statements it fires after.</summary>
internal sealed record ScriptTrigger(string Table, string Fires);

/// <summary>
/// The schema a T-SQL migration script leaves behind, read by walking its parsed statements in order: CREATE adds,
/// DROP takes away, CREATE OR ALTER replaces. Statements inside EXEC('…') (EF's idempotent scripts put some there)
/// are parsed and walked too, so what runs through EXEC is checked as well.
/// </summary>
internal sealed class ScriptSchema : TSqlFragmentVisitor
{
    private readonly List<string> _parseErrors = [];

    public HashSet<string> Tables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ScriptIndex> Indexes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ScriptTrigger> Triggers { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> ParseErrors => _parseErrors;

    public static ScriptSchema Read(string script)
    {
        var schema = new ScriptSchema();
        schema.Walk(script);
        return schema;
    }

    private void Walk(string sql)
    {
        var fragment = TSql.Parse(sql, out var errors);
        _parseErrors.AddRange(errors.Select(e => $"{e}\n--- in ---\n{Around(sql, e)}"));
        fragment?.Accept(this);
    }

    public override void Visit(CreateTableStatement node) => Tables.Add(NameOf(node.SchemaObjectName));

    public override void Visit(DropTableStatement node)
    {
        foreach (var table in node.Objects.Select(NameOf))
        {
            Tables.Remove(table);
            foreach (var index in Indexes.Where(i => i.Value.Table == table).Select(i => i.Key).ToList())
            {
                Indexes.Remove(index);
            }

            foreach (var trigger in Triggers.Where(t => t.Value.Table == table).Select(t => t.Key).ToList())
            {
                Triggers.Remove(trigger);
            }
        }
    }

    public override void Visit(CreateIndexStatement node) =>
        Indexes[node.Name.Value] = new ScriptIndex(
            NameOf(node.OnName), node.Unique, node.FilterPredicate is null ? null : TSql.TextOf(node.FilterPredicate));

    public override void Visit(DropIndexStatement node)
    {
        foreach (var clause in node.DropIndexClauses.OfType<DropIndexClause>())
        {
            Indexes.Remove(clause.Index.Value);
        }
    }

    public override void Visit(CreateTriggerStatement node) => AddTrigger(node);

    public override void Visit(CreateOrAlterTriggerStatement node) => AddTrigger(node);

    public override void Visit(AlterTriggerStatement node) => AddTrigger(node);

    public override void Visit(DropTriggerStatement node)
    {
        foreach (var trigger in node.Objects.Select(NameOf))
        {
            Triggers.Remove(trigger);
        }
    }

    public override void Visit(ExecuteStatement node)
    {
        if (node.ExecuteSpecification?.ExecutableEntity is ExecutableStringList list)
        {
            Walk(string.Concat(list.Strings.OfType<StringLiteral>().Select(s => s.Value)));
        }
    }

    private void AddTrigger(TriggerStatementBody node)
    {
        var fires = $"{node.TriggerType} {string.Join(", ", node.TriggerActions.Select(a => a.TriggerActionType))}";
        Triggers[NameOf(node.Name)] = new ScriptTrigger(NameOf(node.TriggerObject.Name), fires);
    }

    /// <summary>The lines near an error ("line N, …"), not the whole script.</summary>
    private static string Around(string sql, string error)
    {
        var lines = sql.Split('\n');
        var line = int.Parse(error["line ".Length..error.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        return string.Join('\n', lines.Skip(Math.Max(0, line - 8)).Take(12));
    }

    private static string NameOf(SchemaObjectName name) => name.BaseIdentifier.Value;
}
