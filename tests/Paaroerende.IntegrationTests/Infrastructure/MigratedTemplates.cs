using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// One database per provider migrated once per test run, which every test's database copies (a file copy for SQLite,
/// <c>CREATE DATABASE … TEMPLATE</c> for PostgreSQL). The copies are what migrating a new database builds; the tests of
/// the migrations themselves start from <see cref="TestDatabase.CreateEmptyAsync"/>.
/// </summary>
internal static class MigratedTemplates
{
    private static readonly Lazy<Task<string>> Sqlite = new(CreateSqliteAsync);
    private static readonly Lazy<Task<string>> Postgres = new(CreatePostgresAsync);

    public static Task<string> SqliteAsync() => Sqlite.Value;

    public static Task<string> PostgresAsync() => Postgres.Value;

    private static async Task<string> CreateSqliteAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"paaroerende-template-{Guid.NewGuid():N}.db");
        var settings = new DatabaseSettings(DatabaseRegistration.SqliteProvider, $"Data Source={path}");
        await MigrateAsync(settings);
        // The last connection closed checkpoints the write-ahead log into the file, so the file alone is the copy. (All
        // pools: the portal's registration adds its own settings to the connection string, and so has a pool of its own.)
        SqliteConnection.ClearAllPools();

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Left in the temporary folder; nothing reads it again.
                }
            }
        };
        return path;
    }

    private static async Task<string> CreatePostgresAsync()
    {
        var server = PostgresTestDatabase.Server;
        var name = $"paaroerende_template_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var settings = new DatabaseSettings(
            DatabaseRegistration.PostgreSqlProvider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        await MigrateAsync(settings);
        // A database is copied only while nobody is connected to it (all pools, as above).
        NpgsqlConnection.ClearAllPools();

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                using var connection = new NpgsqlConnection(server);
                connection.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The server went first (scripts/test.sh stops its throwaway server after the run).
            }
        };
        return name;
    }

    private static async Task MigrateAsync(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DatabaseRegistration.Configure(options, settings);
        await using var context = new PortalDbContext(options.Options);
        await context.Database.MigrateAsync();
    }
}
