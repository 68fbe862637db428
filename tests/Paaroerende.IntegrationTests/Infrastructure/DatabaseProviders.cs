using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Infrastructure;

public static class DatabaseProviders
{
    public const string Sqlite = DatabaseRegistration.SqliteProvider;
    public const string PostgreSql = DatabaseRegistration.PostgreSqlProvider;
    public const string SqlServer = DatabaseRegistration.SqlServerProvider;
}
