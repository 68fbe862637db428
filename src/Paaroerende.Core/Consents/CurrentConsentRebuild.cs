using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Consents;

/// <summary>
/// Rebuilds <see cref="CurrentConsent"/> from the append-only history: every line's newest record, whatever the table
/// held. For after a bulk load that bypassed SaveChanges, or to prove the table right (the model tests compare both).
/// One transaction: readers see the old table or the new one.
/// </summary>
public sealed class CurrentConsentRebuild(PortalDbContext db)
{
    /// <summary>
    /// Every line's newest record copied into the table: plain SQL that SQLite, PostgreSQL and SQL Server all read the
    /// same, so the migration that created the table fills it with exactly this statement.
    /// </summary>
    internal const string FillSql = """
        INSERT INTO "CurrentConsents" ("RelationId", "Topic", "Basis", "PersonId", "CitizenId", "Level",
            "ValidFromUtc", "ValidUntilUtc", "DisclosesFromUtc", "RecordId", "RecordedAtUtc")
        SELECT c."RelationId", c."Topic", c."Basis", r."PersonId", r."CitizenId", c."Level",
            c."ValidFromUtc", c."ValidUntilUtc", c."DisclosesFromUtc", c."Id", c."RecordedAtUtc"
        FROM "ConsentRecords" c
        JOIN "Relations" r ON r."Id" = c."RelationId"
        WHERE NOT EXISTS (SELECT 1 FROM "ConsentRecords" n
            WHERE n."RelationId" = c."RelationId" AND n."Topic" = c."Topic" AND n."Basis" = c."Basis"
              AND n."RecordedAtUtc" > c."RecordedAtUtc")
        """;

    /// <returns>How many current rows the history gives.</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        // One statement over the whole history: at 100,000 citizens on PostgreSQL it ran past the default 30 seconds.
        var pageTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(DatabaseInitializer.MaintenanceCommandTimeout);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.CurrentConsents.ExecuteDeleteAsync(ct);
            var count = await db.Database.ExecuteSqlRawAsync(FillSql, ct);
            await transaction.CommitAsync(ct);
            return count;
        }
        finally
        {
            db.Database.SetCommandTimeout(pageTimeout);
        }
    }
}
