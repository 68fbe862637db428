using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Paaroerende.Core.Data;

/// <summary>The one place where the database provider is chosen, from configuration.</summary>
public static class DatabaseRegistration
{
    public const string SqliteProvider = "Sqlite";
    public const string PostgreSqlProvider = "PostgreSQL";
    public const string SqlServerProvider = "SqlServer";

    /// <summary>More than the distinct statements of the pages relatives and staff use most.</summary>
    private const int AutoPreparedStatements = 100;

    /// <summary>
    /// Settings are read from the final configuration when first needed, not while services are registered, so
    /// every configuration source (including a test host's) is seen.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, string contentRootPath)
    {
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>(), contentRootPath));
        services.AddSingleton(sp => StatementCacheFor(sp.GetRequiredService<DatabaseSettings>()));

        // Pooled: every signed-in request opens a context for its account check, and setting up a new one (its
        // internal services, its connection object) cost more than the check's query (docs/performance.md, "The
        // pipeline"). The context keeps no state of its own; EF resets its change tracker and settings between leases.
        services.AddDbContextPool<PortalDbContext>((sp, options) =>
        {
            Configure(options, sp.GetRequiredService<DatabaseSettings>());
            if (sp.GetRequiredService<StatementCacheHolder>().Cache is { } cache)
            {
                options.AddInterceptors(cache);
            }
        });
        return services;
    }

    /// <summary>The host's SQLite statement cache (ADR 0051): none for another provider or an in-memory database.</summary>
    private static StatementCacheHolder StatementCacheFor(DatabaseSettings settings) =>
        new(settings.Provider == SqliteProvider && SqliteStatementCache.Serves(settings.ConnectionString)
            ? new SqliteStatementCache(settings.ConnectionString)
            : null);

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);

        switch (settings.Provider)
        {
            case SqliteProvider:
                options.UseSqlite(settings.ConnectionString).AddInterceptors(SqliteUnicodeCase.Instance, SqliteWriteAhead.Instance);
                break;
            case PostgreSqlProvider:
                options.UseNpgsql(SteadyConnectionPool.Apply(ForPostgreSqlStatements(settings.ConnectionString)));
                break;
            case SqlServerProvider:
                options.UseSqlServer(settings.ConnectionString)
                    .ReplaceService<IMigrationsSqlGenerator, SqlServerMigrationsSql>();
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider must be '{SqliteProvider}', '{PostgreSqlProvider}' or '{SqlServerProvider}', not '{settings.Provider}'.");
        }

        options.AddInterceptors(AppendOnlyGuard.Instance);

        // Migrations are hand-written without a model snapshot (docs/adr/0003), so EF cannot compare the model with
        // one; SchemaMatchesModelTests compares the migrated database with the model instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Holds the host's statement cache, if any, and closes its connections when the host stops.</summary>
    public sealed class StatementCacheHolder(SqliteStatementCache? cache) : IDisposable
    {
        public SqliteStatementCache? Cache { get; } = cache;

        public void Dispose() => Cache?.Dispose();
    }

    /// <summary>
    /// What every connection of the portal to PostgreSQL asks of Npgsql for its statements, the pages' and the audit
    /// writer's (<see cref="OwnConnectionPool"/>) alike: kept prepared, and no session reset before each use (ADR 0056).
    /// </summary>
    public static string ForPostgreSqlStatements(string connectionString) =>
        PostgreSqlSessionReset.LeftOut(WithAutoPrepare(connectionString));

    /// <summary>
    /// Lets Npgsql keep the portal's most used statements prepared on each pooled connection, unless the connection
    /// string says otherwise. The consent gate's page queries are long (the relative's citizen page is about 19 kB of
    /// SQL), and without it PostgreSQL parses and plans them again on every request (docs/performance.md).
    /// </summary>
    /// <remarks>
    /// Prepared from their first use, not their fifth (Npgsql's default): planning the citizen page's statement costs
    /// PostgreSQL about 19 ms, and a burst after a quiet spell opens new pooled connections, each of which planned it
    /// five times before preparing it; a burst of 120 at once then stalled the page for about 15 s, against about 8 s
    /// (docs/performance.md, "Interleaved rounds").
    /// </remarks>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
            builder.AutoPrepareMinUsages = 1;
        }

        return builder.ConnectionString;
    }
}
