using Microsoft.EntityFrameworkCore;

namespace Paaroerende.Core.Data;

/// <summary>
/// Tells EF's SQL Server provider which tables the migrations give a trigger (the append-only history and the
/// retention runs). EF otherwise writes its UPDATE and DELETE with an OUTPUT clause, which SQL Server refuses on a
/// table with a trigger; declared, it counts rows the older way. SQLite and PostgreSQL save the same with or without,
/// and their model stays as it was.
/// </summary>
internal static class SqlServerTriggers
{
    public static readonly IReadOnlyList<string> Tables =
    [
        "ConsentRecords", "AuditEntries", "AdminAuditEntries", "ExpectationAgreements", "ExpectationAcknowledgements",
        "RetentionRuns",
    ];

    /// <summary>The one trigger a table has on SQL Server; it refuses (or, for retention, filters) UPDATE and DELETE.</summary>
    public static string NameFor(string table) => $"{table}_AppendOnly";

    public static void Declare(ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().ToList())
        {
            if (entityType.GetTableName() is { } table && Tables.Contains(table))
            {
                builder.Entity(entityType.Name).ToTable(t => t.HasTrigger(NameFor(table)));
            }
        }
    }
}
