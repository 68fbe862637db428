using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Paaroerende.Core.Data;

/// <summary>
/// Tells "a row with the same key was stored a moment ago" apart from other failed saves, for every provider: two
/// requests that check for a row and insert it when absent (a double-tapped "Tilmeld", a form sent twice) both find
/// none, and the database's unique index lets only the first insert through. That is the same person's wish stored
/// twice, not a failure; callers that can treat it as done do (docs/security.md), and the web answers the rest with
/// 409 instead of a server error.
/// </summary>
public static class UniqueViolation
{
    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555); PostgreSQL's unique_violation (23505);
    // SQL Server's duplicate key in a unique index (2601) or constraint (2627).
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteExtendedErrorCode is 2067 or 1555;
                case PostgresException postgres:
                    return postgres.SqlState == PostgresErrorCodes.UniqueViolation;
                case SqlException sql:
                    return sql.Number is 2601 or 2627;
            }
        }

        return false;
    }

    /// <summary>
    /// Saves; when another request stored the same row first, forgets what this one tried to add and answers false, so
    /// the caller can read what is stored now.
    /// </summary>
    public static async Task<bool> SaveUnlessStoredMeanwhileAsync(this DbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (Is(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
