using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>A real database of its own for one test class: a SQLite file, a PostgreSQL or a SQL Server database.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseSettings Settings { get; }

    /// <summary>
    /// A database with every migration applied, as the portal leaves it on its first start (the portal's own start
    /// finds nothing to do). SQLite and PostgreSQL copy one database migrated once per test run
    /// (<see cref="MigratedTemplates"/>): migrating anew took about half a second a PostgreSQL database, and a test run
    /// makes one per test class and database, and more (docs/adr/0061).
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string provider) => provider switch
    {
        DatabaseRegistration.SqliteProvider => await SqliteTestDatabase.CopyOfAsync((await MigratedTemplates.SqliteAsync()).FilePath),
        DatabaseRegistration.PostgreSqlProvider => await PostgresTestDatabase.CreateDatabaseAsync((await MigratedTemplates.PostgresAsync()).Name),
        DatabaseRegistration.SqlServerProvider => await MigratedAsync(await SqlServerTestDatabase.CreateAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };

    /// <summary>An empty database, for the tests of the migrations themselves.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(string provider) => provider switch
    {
        DatabaseRegistration.SqliteProvider => new SqliteTestDatabase(),
        DatabaseRegistration.PostgreSqlProvider => await PostgresTestDatabase.CreateDatabaseAsync(template: null),
        DatabaseRegistration.SqlServerProvider => await SqlServerTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };

    internal static async Task<TestDatabase> MigratedAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();
        return database;
    }

    public PortalDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DatabaseRegistration.Configure(options, Settings);
        return new PortalDbContext(options.Options);
    }

    public abstract ValueTask DisposeAsync();
}

internal sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"paaroerende-test-{Guid.NewGuid():N}.db");

    public string FilePath => _path;

    /// <summary>A new file with the template's content (the template's connections closed, so it has no write-ahead log).</summary>
    public static async Task<SqliteTestDatabase> CopyOfAsync(string templatePath)
    {
        var database = new SqliteTestDatabase();
        await using (var source = File.OpenRead(templatePath))
        await using (var target = File.Create(database._path))
        {
            await source.CopyToAsync(target);
        }

        return database;
    }

    /// <summary>
    /// Pooled, as the portal runs: without a pool every query opened the file anew, read the schema again and set the
    /// write-ahead log again, which made a SQLite test several times slower than the same test on PostgreSQL.
    /// </summary>
    public override DatabaseSettings Settings =>
        new(DatabaseRegistration.SqliteProvider, $"Data Source={_path}");

    public override ValueTask DisposeAsync()
    {
        using (var connection = new SqliteConnection(Settings.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        File.Delete(_path);
        File.Delete(_path + "-wal");
        File.Delete(_path + "-shm");
        var queue = QueuedAuditReads.FileOf(_path);
        File.Delete(queue);
        File.Delete(queue + "-wal");
        File.Delete(queue + "-shm");
        return ValueTask.CompletedTask;
    }
}

internal sealed class PostgresTestDatabase : TestDatabase
{
    /// <summary>Set by scripts/test.sh, which starts a throwaway PostgreSQL server for the run.</summary>
    public const string ServerVariable = "PAAROERENDE_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
    }

    public string Name => _name;

    public override DatabaseSettings Settings => new(
        DatabaseRegistration.PostgreSqlProvider,
        new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString);

    public static string Server
    {
        get
        {
            var server = Environment.GetEnvironmentVariable(ServerVariable);
            return string.IsNullOrWhiteSpace(server)
                ? throw new InvalidOperationException(
                    $"{ServerVariable} is not set. Run the tests with scripts/test.sh, which starts a throwaway PostgreSQL.")
                : server;
        }
    }

    /// <summary>A new database, empty or a copy of <paramref name="template"/> (a database nobody is connected to).</summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync(string? template)
    {
        var server = Server;
        var name = $"paaroerende_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        var copy = template is null ? "" : $" TEMPLATE \"{template}\"";
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{copy}", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresTestDatabase(server, name);
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
