using Microsoft.Data.SqlClient;
using Paaroerende.Core.Data;
using Paaroerende.Core.Data.Migrations;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// A database of its own on the SQL Server named by PAAROERENDE_TEST_SQLSERVER (a connection string whose login may
/// create databases), made with the collation the portal asks for and dropped afterwards.
/// </summary>
internal sealed class SqlServerTestDatabase : TestDatabase
{
    public const string ServerVariable = "PAAROERENDE_TEST_SQLSERVER";

    private readonly string _server;
    private readonly string _name;

    private SqlServerTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
    }

    /// <summary>True where a SQL Server is configured; only there do the tests list it.</summary>
    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ServerVariable));

    public override DatabaseSettings Settings => new(
        DatabaseRegistration.SqlServerProvider,
        new SqlConnectionStringBuilder(_server) { InitialCatalog = _name }.ConnectionString);

    public static async Task<SqlServerTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{ServerVariable} is not set: SQL Server tests run only where it names a server.");
        }

        var name = $"paaroerende_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE [{name}] COLLATE {SqlServerCollation.Recommended}");
        return new SqlServerTestDatabase(server, name);
    }

    public override async ValueTask DisposeAsync()
    {
        SqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"""
            IF DB_ID(N'{_name}') IS NOT NULL
            BEGIN
                ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
                DROP DATABASE [{_name}];
            END
            """);
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        // On the server's own database, not one the connection string may name.
        var master = new SqlConnectionStringBuilder(server) { InitialCatalog = "master" }.ConnectionString;
        await using var connection = new SqlConnection(master);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
