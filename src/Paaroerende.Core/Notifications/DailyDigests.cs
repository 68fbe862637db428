using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;

namespace Paaroerende.Core.Notifications;

/// <summary>
/// The relatives' daily digest: per citizen, how many updates they may see were published since the previous digest —
/// counted through the consent gate at the moment of sending, so a consent withdrawn since the update was published
/// leaves it out. No update texts. A digest is claimed by moving the relative's next digest time in the same transaction
/// as the mail, so each day's digest goes once, across restarts and servers.
/// </summary>
public sealed class DailyDigests(
    PortalDbContext db, ConsentGate gate, MailOutbox outbox, INotificationMails mails, IOptions<NotificationOptions> options,
    TimeProvider clock)
{
    private const int Batch = 100;

    /// <returns>How many digest mails were queued.</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = Instant.Now(clock);
        var due = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.DailyDigest && p.NextDigestAtUtc != null && p.NextDigestAtUtc <= now)
            .OrderBy(p => p.NextDigestAtUtc)
            .Take(Batch)
            .Select(p => new { p.UserId, p.NextDigestAtUtc, p.DigestCoveredUntilUtc })
            .ToListAsync(ct);

        var sent = 0;
        foreach (var preference in due)
        {
            if (await SendAsync(preference.UserId, preference.NextDigestAtUtc!.Value, preference.DigestCoveredUntilUtc ?? now, now, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>When a digest turned on now is first due: the next digest hour in Denmark.</summary>
    public static DateTime FirstDueAfter(DateTime nowUtc, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DanishClock.NextHourAfter(nowUtc, options.DigestHour);
    }

    private async Task<bool> SendAsync(string userId, DateTime seenDue, DateTime coveredFrom, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var next = DanishClock.NextHourAfter(now, options.Value.DigestHour);
        var claimed = await db.NotificationPreferences
            .Where(p => p.UserId == userId && p.DailyDigest && p.NextDigestAtUtc == seenDue)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextDigestAtUtc, next).SetProperty(p => p.DigestCoveredUntilUtc, now), ct);
        if (claimed == 0)
        {
            return false;
        }

        var citizens = await gate.ActiveRelationsOfUser(userId, now)
            .OrderBy(r => r.Citizen!.FirstName)
            .Select(r => new { r.PersonId, r.CitizenId, r.Citizen!.FirstName })
            .ToListAsync(ct);
        var lines = new List<DigestLine>();
        foreach (var citizen in citizens.DistinctBy(c => c.CitizenId))
        {
            var count = await gate.VisibleUpdates(citizen.PersonId, citizen.CitizenId, now)
                .CountAsync(u => u.PublishedAtUtc > coveredFrom, ct);
            if (count > 0)
            {
                lines.Add(new DigestLine(citizen.FirstName, count));
            }
        }

        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        if (lines.Count > 0 && email is not null)
        {
            outbox.Enqueue(mails.Digest(email, lines, options.Value.Link("/Relatives")));
            db.SentNotifications.Add(new SentNotification
            {
                Id = Guid.NewGuid(),
                Kind = NotificationKind.DailyDigest,
                UserId = userId,
                Count = lines.Sum(l => l.NewUpdates),
                QueuedAtUtc = now,
            });
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return lines.Count > 0 && email is not null;
    }
}
