using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Paaroerende.IntegrationTests.Data.SqlServer;

/// <summary>
/// Microsoft's own T-SQL parser (SQL Server 2022's grammar), run without a server. Quoted identifiers are on, as
/// SqlClient and EF's scripts set them, so "Name" is a name as in the portal's hand-written SQL.
/// </summary>
internal static class TSql
{
    /// <returns>The parsed script, or null when it has errors.</returns>
    public static TSqlFragment? Parse(string sql, out IReadOnlyList<string> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var parseErrors);
        errors = [.. parseErrors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")];
        return fragment;
    }

    /// <summary>The parse errors of a script, each with the lines around it so a failure shows the SQL.</summary>
    public static IReadOnlyList<string> Errors(string sql)
    {
        Parse(sql, out var errors);
        return errors.Count == 0 ? [] : [.. errors.Select(e => $"{e}\n--- in ---\n{sql}")];
    }

    /// <summary>The source text of a fragment, as written, with runs of white space made one space.</summary>
    public static string TextOf(TSqlFragment fragment)
    {
        var tokens = fragment.ScriptTokenStream
            .Skip(fragment.FirstTokenIndex)
            .Take(fragment.LastTokenIndex - fragment.FirstTokenIndex + 1)
            .Select(t => t.Text);
        return string.Join(' ', string.Concat(tokens).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
