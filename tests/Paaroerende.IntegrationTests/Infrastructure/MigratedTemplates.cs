using Microsoft.Data.Sqlite;
using Npgsql;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// One database per provider migrated once per test run, which every test's database copies (a file copy for SQLite,
/// <c>CREATE DATABASE … TEMPLATE</c> for PostgreSQL). The copies are what migrating a new database builds; the tests of
/// the migrations themselves start from <see cref="TestDatabase.CreateEmptyAsync"/>.
/// </summary>
internal static class MigratedTemplates
{
    private static readonly Lazy<Task<SqliteTestDatabase>> Sqlite = new(() => MigratedOnceAsync(new SqliteTestDatabase()));

    private static readonly Lazy<Task<PostgresTestDatabase>> Postgres =
        new(async () => await MigratedOnceAsync(await PostgresTestDatabase.CreateDatabaseAsync(template: null)));

    public static Task<SqliteTestDatabase> SqliteAsync() => Sqlite.Value;

    public static Task<PostgresTestDatabase> PostgresAsync() => Postgres.Value;

    private static async Task<T> MigratedOnceAsync<T>(T database)
        where T : TestDatabase
    {
        await TestDatabase.MigratedAsync(database);
        // Nothing may stay connected to a template: PostgreSQL copies a database only while nobody is connected to it,
        // and SQLite's last connection closed checkpoints the write-ahead log into the file, so the file alone is the
        // copy. All pools: the portal's registration adds its own settings to the connection string, so its pool is
        // not the one the plain connection string names.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or NpgsqlException)
            {
                // Left behind: a file in the temporary folder, or a database on a server that went first
                // (scripts/test.sh stops its throwaway server after the run).
            }
        };
        return database;
    }
}
