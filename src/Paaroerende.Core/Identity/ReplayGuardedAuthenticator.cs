using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Identity;

/// <summary>
/// Identity's authenticator check with a replay guard (docs/adr/0018): a code is accepted only when its time-step is
/// newer than the last one accepted for the user, and the step is claimed by one conditional statement, so two
/// sign-ins with the same code at the same moment cannot both pass. Time comes from the registered TimeProvider.
/// Registered per request, so the page can tell a reused code from a wrong one.
/// </summary>
public sealed class ReplayGuardedAuthenticator(PortalDbContext db, TimeProvider clock) : AuthenticatorTokenProvider<PortalUser>
{
    /// <summary>True after a check refused a right code because its time-step was already used.</summary>
    public bool CodeWasAlreadyUsed { get; private set; }

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        CodeWasAlreadyUsed = false;
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token is null
            || AuthenticatorCodes.MatchingStep(AuthenticatorCodes.FromBase32(key), token, clock.GetUtcNow()) is not { } step)
        {
            return false;
        }

        CodeWasAlreadyUsed = !await ClaimAsync(user.Id, step);
        return !CodeWasAlreadyUsed;
    }

    /// <summary>
    /// Moves the user's last step forward to <paramref name="step"/> if it is newer; true when this call moved it. One
    /// statement in every database: the first code of a user inserts the row, later ones update it only forwards.
    /// </summary>
    private async Task<bool> ClaimAsync(string userId, long step) =>
        db.Database.IsSqlServer()
            ? await ClaimOnSqlServerAsync(userId, step)
            : await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "UsedAuthenticatorSteps" ("UserId", "LastTimeStep") VALUES ({userId}, {step})
                ON CONFLICT ("UserId") DO UPDATE SET "LastTimeStep" = excluded."LastTimeStep"
                WHERE "UsedAuthenticatorSteps"."LastTimeStep" < excluded."LastTimeStep"
                """) == 1;

    /// <summary>
    /// T-SQL has no ON CONFLICT; MERGE is its one-statement upsert. HOLDLOCK keeps the key range locked from the match
    /// to the write, so two sign-ins with the same code cannot both find no row and both insert (or both update).
    /// </summary>
    private async Task<bool> ClaimOnSqlServerAsync(string userId, long step) =>
        await db.Database.ExecuteSqlInterpolatedAsync(SqlServerClaim(userId, step)) == 1;

    /// <summary>The statement alone, so the tests can parse it as T-SQL without a server.</summary>
    internal static FormattableString SqlServerClaim(string userId, long step) => $"""
            MERGE INTO "UsedAuthenticatorSteps" WITH (HOLDLOCK) AS s
            USING (SELECT {userId} AS "UserId", {step} AS "LastTimeStep") AS n ON s."UserId" = n."UserId"
            WHEN MATCHED AND s."LastTimeStep" < n."LastTimeStep" THEN UPDATE SET "LastTimeStep" = n."LastTimeStep"
            WHEN NOT MATCHED THEN INSERT ("UserId", "LastTimeStep") VALUES (n."UserId", n."LastTimeStep");
            """;
}
