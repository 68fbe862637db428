using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Sendings;

/// <summary>What became of a form's key when its sending arrived (<see cref="FormSendings.ClaimAsync"/>).</summary>
public abstract record SendingClaim
{
    private SendingClaim()
    {
    }

    /// <summary>The first sending of this form: do its work.</summary>
    public sealed record First : SendingClaim;

    /// <summary>Sent before and done: send the user where the first sending sent them.</summary>
    public sealed record Done(string Location) : SendingClaim;

    /// <summary>Sent before and not finished (or it ended without sending the user on and the key was kept).</summary>
    public sealed record InProgress : SendingClaim;
}

/// <summary>
/// The keys of sent forms (<see cref="FormSending"/>, docs/adr/0060). The claim is its own short save before the form's
/// work, so that a second sending arriving while the first is still being handled finds it; the database's primary key
/// lets only one of two sendings at the same moment through, on every provider.
/// </summary>
public sealed class FormSendings(PortalDbContext db, TimeProvider clock)
{
    /// <summary>A sending's key: a SHA-256 in 64 hexadecimal digits (the form's own key and what was filled in).</summary>
    public const int KeyLength = 64;

    public async Task<SendingClaim> ClaimAsync(string userId, string key, CancellationToken ct)
    {
        // A first sending that freed its key between the insert and the read: claim again (twice at most).
        for (var attempt = 0; ; attempt++)
        {
            if (await InsertUnlessTakenAsync(userId, key, ct))
            {
                return new SendingClaim.First();
            }

            var stored = await db.FormSendings.AsNoTracking().Where(s => s.UserId == userId && s.Key == key)
                .Select(s => new { s.Location }).FirstOrDefaultAsync(ct);
            if (stored is not null || attempt == 1)
            {
                return stored?.Location is { } location ? new SendingClaim.Done(location) : new SendingClaim.InProgress();
            }
        }
    }

    /// <summary>The first sending sent the user to <paramref name="location"/>: the same form sent again goes there.</summary>
    public Task CompleteAsync(string userId, string key, string location, CancellationToken ct) =>
        db.FormSendings.Where(s => s.UserId == userId && s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Location, location), ct);

    /// <summary>
    /// The first sending did nothing to keep (it showed the form again with what to correct, answered a download, or
    /// failed): the same form may be sent again and do its work then.
    /// </summary>
    public Task ReleaseAsync(string userId, string key, CancellationToken ct) =>
        db.FormSendings.Where(s => s.UserId == userId && s.Key == key).ExecuteDeleteAsync(ct);

    /// <summary>
    /// One statement that inserts the key unless it is there, on every provider without an error for the second of two
    /// sendings at the same moment (an error would be logged as a failed save for every double tap).
    /// </summary>
    private async Task<bool> InsertUnlessTakenAsync(string userId, string key, CancellationToken ct)
    {
        var now = Instant.Now(clock);
        var inserted = db.Database.IsSqlServer()
            ? await db.Database.ExecuteSqlAsync($"""
                MERGE INTO "FormSendings" WITH (HOLDLOCK) AS f
                USING (SELECT {userId} AS "UserId", {key} AS "Key") AS n ON f."UserId" = n."UserId" AND f."Key" = n."Key"
                WHEN NOT MATCHED THEN INSERT ("UserId", "Key", "SentAtUtc") VALUES (n."UserId", n."Key", {now});
                """, ct)
            : await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "FormSendings" ("UserId", "Key", "SentAtUtc") VALUES ({userId}, {key}, {now})
                ON CONFLICT ("UserId", "Key") DO NOTHING
                """, ct);
        return inserted == 1;
    }
}
