using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Consents;

/// <summary>
/// Appends to a relation's consent history one at a time. Two saves on the same line at once (two colleagues, a
/// double-clicked "Gem") each read the line's current row and each wrote it from what they read, so the row could end
/// up holding the record that committed last instead of the newest one: the gate (which reads the row) and the
/// history (which "what was in force at t" and the receipts read) then disagreed, in either direction. Under this lock
/// the second save reads the first one's row and keeps whichever record is newer. Taken inside the save's transaction,
/// before the current rows are read (<see cref="CurrentConsentKeeper"/>); held until it commits.
/// </summary>
internal static class ConsentLineLock
{
    private const int SqlServerIdsAStatement = 500;

    public static async Task TakeAsync(PortalDbContext db, IReadOnlyList<Guid> relationIds, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // Row locks on the relations, in one order, so two saves over several relations cannot deadlock.
            var ids = relationIds.Order().ToArray();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""SELECT 1 FROM "Relations" WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR UPDATE""", ct);
        }
        else if (db.Database.IsSqlServer())
        {
            foreach (var chunk in relationIds.Order().Chunk(SqlServerIdsAStatement))
            {
                // Only placeholders ({0}, {1}, …) go into the text; the ids travel as parameters.
                var placeholders = string.Join(", ", chunk.Select((_, i) => "{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"));
                var sql = "SELECT 1 FROM [Relations] WITH (UPDLOCK, HOLDLOCK) WHERE [Id] IN (" + placeholders + ")";
                await db.Database.ExecuteSqlRawAsync(sql, chunk.Cast<object>(), ct);
            }
        }

        // SQLite: the save's transaction began IMMEDIATE (Microsoft.Data.Sqlite's default), so it already holds the
        // database's one write lock, and a second writer waits for it (busy_timeout) before it reads anything.
    }
}
