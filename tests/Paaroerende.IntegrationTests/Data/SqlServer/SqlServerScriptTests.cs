namespace Paaroerende.IntegrationTests.Data.SqlServer;

/// <summary>
/// SQL Server without a server (issue #12): EF's SQL Server provider writes the migrations as T-SQL, and Microsoft's
/// T-SQL parser reads them back. They must parse without an error and leave every table, index (with its filter) and
/// trigger the model expects. The live tests (PAAROERENDE_TEST_SQLSERVER) run the same migrations on a real server.
/// </summary>
public sealed class SqlServerScriptTests
{
    public static TheoryData<string> Scripts => new(nameof(SqlServerScripts.Schema), nameof(SqlServerScripts.Idempotent));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_migration_script_parses_as_TSql(string kind)
    {
        using var server = new NoServerSqlServer();
        var script = Generate(server, kind);

        var schema = ScriptSchema.Read(script);

        Assert.True(schema.ParseErrors.Count == 0, string.Join("\n\n", schema.ParseErrors.Take(3)));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_migration_script_builds_every_table_index_and_trigger_the_model_expects(string kind)
    {
        using var server = new NoServerSqlServer();
        var schema = ScriptSchema.Read(Generate(server, kind));

        Assert.Empty(schema.ParseErrors);
        var differences = ModelExpectations.Differences(server.Context, schema);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void The_model_filters_the_unique_indexes_on_nullable_columns()
    {
        using var server = new NoServerSqlServer();
        var schema = ScriptSchema.Read(Generate(server, nameof(SqlServerScripts.Schema)));

        // Guards the comparison above: were no filters read, it would pass on a script with none.
        Assert.Equal("[UserId] IS NOT NULL", schema.Indexes["IX_Citizens_UserId"].Filter);
        Assert.Null(schema.Indexes["IX_Municipalities_Slug"].Filter);
        Assert.Equal("[NormalizedUserName] IS NOT NULL", schema.Indexes["UserNameIndex"].Filter);
        Assert.Equal("After Update, Delete", schema.Triggers["ConsentRecords_AppendOnly"].Fires);
    }

    private static string Generate(NoServerSqlServer server, string kind) => kind == nameof(SqlServerScripts.Schema)
        ? SqlServerScripts.Schema(server.Context)
        : SqlServerScripts.Idempotent(server.Context);
}
