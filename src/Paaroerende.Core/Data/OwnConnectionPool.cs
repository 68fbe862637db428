using System.Data.Common;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace Paaroerende.Core.Data;

/// <summary>
/// A connection pool of its own for the one background writer that many requests wait on: the audit of the relatives'
/// reads (docs/adr/0053). Sharing the pages' pool, it queued for a connection behind every page waiting for one, while
/// each of those pages would in turn wait for its audit; under a burst it stored fifty pages' reads every five seconds
/// (docs/performance.md, "The audit writer's own connection").
/// </summary>
public static class OwnConnectionPool
{
    /// <summary>How the writer's connections are named on the server (pg_stat_activity, sys.dm_exec_sessions).</summary>
    public const string AuditWriterName = "Paaroerende audit writer";

    /// <summary>
    /// The writer stores one batch at a time: one connection, kept open through quiet spells so the first read after
    /// one does not wait for a new connection to be made; a second in case the first is being replaced.
    /// </summary>
    private const int Connections = 2;

    /// <summary>
    /// The audit writer's connection string: the portal's, as the operator wrote it, under a name of its own, which also
    /// makes the provider keep a separate pool for it; on PostgreSQL with its statement kept prepared and without the
    /// session reset, as the pages' connections (docs/adr/0056). Null on SQLite, where the pages' pool has no limit to
    /// queue at and the writer keeps the pages' prepared statements (docs/adr/0051).
    /// </summary>
    public static string? ForAuditWriter(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider switch
        {
            DatabaseRegistration.PostgreSqlProvider when new NpgsqlConnectionStringBuilder(settings.ConnectionString) is var npgsql =>
                DatabaseRegistration.ForPostgreSqlStatements(Apart(npgsql, npgsql.Pooling, "Maximum Pool Size", "Minimum Pool Size")),
            DatabaseRegistration.SqlServerProvider when new SqlConnectionStringBuilder(settings.ConnectionString) is var sqlServer =>
                Apart(sqlServer, sqlServer.Pooling, "Max Pool Size", "Min Pool Size"),
            _ => null,
        };
    }

    /// <summary>
    /// The name, and the pool's sizes under the provider's own keys. An operator who turned pooling off keeps it off:
    /// the name alone still sets the writer's connections apart.
    /// </summary>
    private static string Apart(DbConnectionStringBuilder builder, bool pooling, string maxPoolSizeKey, string minPoolSizeKey)
    {
        builder["Application Name"] = AuditWriterName;
        if (pooling)
        {
            builder[maxPoolSizeKey] = Connections;
            builder[minPoolSizeKey] = 1;
        }

        return builder.ConnectionString;
    }
}
