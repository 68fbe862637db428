using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Notifications;

/// <summary>Reads and saves a sign-in's notification choices. Turning a choice on starts it from now: nothing older is sent.</summary>
public sealed class NotificationPreferences(PortalDbContext db, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public async Task<NotificationChoices> ForAsync(string userId, CancellationToken ct = default) =>
        await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new NotificationChoices(p.DailyDigest, p.ReadAlerts))
            .SingleOrDefaultAsync(ct)
        ?? new NotificationChoices(false, false);

    public async Task SetDailyDigestAsync(string userId, bool on, CancellationToken ct = default)
    {
        var preference = await LoadAsync(userId, ct);
        var now = Instant.Now(clock);
        if (on && !preference.DailyDigest)
        {
            preference.DigestCoveredUntilUtc = now;
            preference.NextDigestAtUtc = DailyDigests.FirstDueAfter(now, options.Value);
        }

        preference.DailyDigest = on;
        preference.ChangedAtUtc = now;
        await db.SaveChangesAsync(ct);
    }

    public async Task SetReadAlertsAsync(string userId, bool on, CancellationToken ct = default)
    {
        var preference = await LoadAsync(userId, ct);
        var now = Instant.Now(clock);
        if (on && !preference.ReadAlerts)
        {
            preference.ReadsCoveredUntilUtc = now;
            preference.NextReadAlertAtUtc = null;
        }

        preference.ReadAlerts = on;
        preference.ChangedAtUtc = now;
        await db.SaveChangesAsync(ct);
    }

    private async Task<NotificationPreference> LoadAsync(string userId, CancellationToken ct)
    {
        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (preference is null)
        {
            preference = new NotificationPreference { UserId = userId };
            db.NotificationPreferences.Add(preference);
        }

        return preference;
    }
}

public sealed record NotificationChoices(bool DailyDigest, bool ReadAlerts);
