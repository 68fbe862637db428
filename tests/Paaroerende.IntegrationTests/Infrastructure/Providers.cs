using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Theory data: every test that takes a provider runs on SQLite and on PostgreSQL.</summary>
public static class Providers
{
    public static TheoryData<string> Both => new(DatabaseRegistration.SqliteProvider, DatabaseRegistration.PostgreSqlProvider);
}
