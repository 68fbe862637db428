using System.Text.RegularExpressions;

namespace Paaroerende.UnitTests.Data;

/// <summary>
/// The pooled PostgreSQL connections are handed on without a session reset (docs/adr/0056), which is safe only while the
/// portal leaves nothing in a session for the next use to find. This fails when product code gains a statement that
/// would: a setting for the session, LISTEN, a session advisory lock, a temporary table, a cursor held past its
/// transaction, a prepared statement of its own. Such code must undo it itself, or the reset must come back.
/// </summary>
public sealed partial class SessionStateTests
{
    [Fact]
    public void No_product_statement_leaves_state_in_a_pooled_session()
    {
        var sources = RepositoryRoot.SourceFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs").ToList();

        var found = RepositoryRoot.LinesOf(sources)
            .Where(l => SessionStatement().IsMatch(l.Text))
            .Select(l => l.ToString())
            .ToList();

        Assert.NotEmpty(sources);
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("command.CommandText = \"SET search_path TO portal\";")]
    [InlineData("\"SET SESSION statement_timeout = 1000\"")]
    [InlineData("\"SET statement_timeout TO 500\"")]
    [InlineData("SELECT set_config('app.user', @user, false)")]
    [InlineData("\"LISTEN consent_changed\"")]
    [InlineData("SELECT pg_advisory_lock(42)")]
    [InlineData("CREATE TEMP TABLE moved (id uuid)")]
    [InlineData("CREATE TEMPORARY TABLE moved (id uuid)")]
    [InlineData("DECLARE pages CURSOR WITH HOLD FOR SELECT 1")]
    [InlineData("PREPARE page (uuid) AS SELECT 1")]
    public void The_check_recognises_what_it_looks_for(string line) => Assert.Matches(SessionStatement(), line);

    [Theory]
    [InlineData("UPDATE \"Units\" SET \"Type\" = 'NursingHome'")]
    [InlineData("SET NOCOUNT ON;")]
    [InlineData("SELECT pg_advisory_xact_lock(42)")]
    [InlineData("SET LOCAL lock_timeout = '1s'")]
    [InlineData("/// Prepared from their first use, not their fifth")]
    public void The_check_leaves_what_the_session_does_not_keep(string line) => Assert.DoesNotMatch(SessionStatement(), line);

    /// <summary>
    /// PostgreSQL's statements that outlive their transaction, written as the portal writes SQL: keywords in upper case,
    /// settings in lower case, identifiers quoted. So SQL Server's <c>SET NOCOUNT ON</c> inside a trigger, an UPDATE's
    /// <c>SET "Column"</c>, <c>SET LOCAL</c> and a transaction's advisory lock, which end with their statement or
    /// transaction, do not match.
    /// </summary>
    [GeneratedRegex(
        """(^|[\s"(])SET\s+(SESSION\b|ROLE\b|TIME\s+ZONE\b|[a-z_]+\s*(=|\bTO\b))|set_config\(|(^|[\s"])LISTEN\s|pg_advisory_lock|CREATE\s+TEMP(ORARY)?\s+TABLE|WITH\s+HOLD|(^|[\s"])PREPARE\s+\w+\s*(\(|AS\b)""")]
    private static partial Regex SessionStatement();
}
