using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.RateLimiting;

/// <summary>
/// Counts one post against a shared fixed window (ADR 0040): one statement that inserts the window's row or adds one to
/// it and returns the new count, atomic in every database, so two instances counting at the same moment both see it.
/// </summary>
public sealed class SharedRateLimitCounter(PortalDbContext db)
{
    public const int KeyLength = 80;

    /// <summary>The stored key: the policy and a hash of the client's address (an address is personal data).</summary>
    public static string KeyOf(string policy, string clientKey)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientKey)))[..32];
        return $"{policy}:{hash}";
    }

    /// <summary>Adds one to the window's count and returns the count after it.</summary>
    public async Task<int> CountAsync(string key, long windowStart, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = db.Database.IsSqlServer() ? SqlServerIncrement : Increment;
            Add(command, "@key", key);
            Add(command, "@window", windowStart);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>SQLite and PostgreSQL: one upsert that returns the row's new count.</summary>
    internal const string Increment = """
        INSERT INTO "RateLimitWindows" ("Key", "WindowStart", "Count") VALUES (@key, @window, 1)
        ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = "RateLimitWindows"."Count" + 1
        RETURNING "Count"
        """;

    /// <summary>T-SQL has no ON CONFLICT: MERGE with HOLDLOCK, so two first posts cannot both insert.</summary>
    internal const string SqlServerIncrement = """
        MERGE INTO "RateLimitWindows" WITH (HOLDLOCK) AS w
        USING (SELECT @key AS "Key", @window AS "WindowStart") AS n ON w."Key" = n."Key" AND w."WindowStart" = n."WindowStart"
        WHEN MATCHED THEN UPDATE SET "Count" = w."Count" + 1
        WHEN NOT MATCHED THEN INSERT ("Key", "WindowStart", "Count") VALUES (n."Key", n."WindowStart", 1)
        OUTPUT inserted."Count";
        """;

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
