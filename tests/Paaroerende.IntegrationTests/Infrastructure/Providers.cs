using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Theory data: the databases a provider-parametrised test runs on.</summary>
public static class Providers
{
    /// <summary>SQLite and PostgreSQL: every test that takes a provider runs on both.</summary>
    public static TheoryData<string> Both => new(DatabaseRegistration.SqliteProvider, DatabaseRegistration.PostgreSqlProvider);

    /// <summary>
    /// Both, and SQL Server where PAAROERENDE_TEST_SQLSERVER names one (docs/sqlserver.md): for the tests of what
    /// differs between databases (the schema, the consent rule's SQL, the triggers, the exports, the SQL budget).
    /// Without a server SQL Server is not listed at all, rather than listed and skipped; the ScriptDom tests check its
    /// SQL everywhere.
    /// </summary>
    public static TheoryData<string> All
    {
        get
        {
            var providers = Both;
            if (SqlServerTestDatabase.IsConfigured)
            {
                providers.Add(DatabaseRegistration.SqlServerProvider);
            }

            return providers;
        }
    }
}
