namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// A statement SQL Server must compile on its own. Migrate sends each command alone, but EF's scripts (<c>dotnet ef
/// migrations script</c>) put a whole migration in one batch, inside IF blocks when idempotent, and SQL Server
/// compiles a batch before running any of it: CREATE TRIGGER must be the first statement of its batch, and a statement
/// naming a column that an earlier statement of the same batch adds fails as an invalid column name. Run through EXEC,
/// the statement is compiled when it runs, in all three cases.
/// </summary>
internal static class SqlServerBatch
{
    public static string Alone(string statement) => $"EXEC(N'{statement.Replace("'", "''", StringComparison.Ordinal)}');";
}
