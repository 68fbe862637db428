using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;

namespace Paaroerende.Core.Notifications;

/// <summary>
/// The citizen's alert that relatives have read their information, for citizens who asked for it. Throttled: at most
/// one alert per citizen per <see cref="NotificationOptions.ReadAlertThrottle"/>; reads in between are counted in the
/// next one. The mail says only how many relatives read; who, what and when is behind the sign-in ("who looked").
/// </summary>
public sealed class ReadAlerts(
    PortalDbContext db, MailOutbox outbox, INotificationMails mails, IOptions<NotificationOptions> options, TimeProvider clock,
    QueuedAuditReads queuedReads)
{
    private const int Batch = 100;

    /// <returns>How many alerts were queued.</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = Instant.Now(clock);
        var due = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.ReadAlerts && p.ReadsCoveredUntilUtc != null && (p.NextReadAlertAtUtc == null || p.NextReadAlertAtUtc <= now))
            .Join(db.Users.Where(u => u.CitizenId != null && u.Email != null), p => p.UserId, u => u.Id,
                (p, u) => new { p.UserId, Covered = p.ReadsCoveredUntilUtc!.Value, CitizenId = u.CitizenId!.Value, Email = u.Email! })
            .OrderBy(c => c.Covered)
            .Take(Batch)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        // Every read stored until now is counted now, including those still queued (docs/adr/0055): the alert moves
        // each citizen's "covered until" to now, past them. Moved after now is taken, so no read before it stays behind.
        await queuedReads.MoveAsync(ct);

        var sent = 0;
        foreach (var citizen in due)
        {
            var readers = await db.AuditEntries
                .Where(a => a.CitizenId == citizen.CitizenId && a.Action == AuditAction.RelativeRead
                    && a.OccurredAtUtc > citizen.Covered && a.OccurredAtUtc <= now)
                .Select(a => a.PersonId)
                .Distinct()
                .CountAsync(ct);
            if (readers > 0 && await SendAsync(citizen.UserId, citizen.CitizenId, citizen.Email, citizen.Covered, readers, now, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(
        string userId, Guid citizenId, string email, DateTime seenCovered, int readers, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var next = Instant.Truncate(now + options.Value.ReadAlertThrottle);
        var claimed = await db.NotificationPreferences
            .Where(p => p.UserId == userId && p.ReadAlerts && p.ReadsCoveredUntilUtc == seenCovered)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReadsCoveredUntilUtc, now).SetProperty(p => p.NextReadAlertAtUtc, next), ct);
        if (claimed == 0)
        {
            return false;
        }

        outbox.Enqueue(mails.ReadAlert(email, readers, options.Value.Link("/Citizen/WhoLooked")));
        db.SentNotifications.Add(new SentNotification
        {
            Id = Guid.NewGuid(),
            Kind = NotificationKind.ReadAlert,
            UserId = userId,
            CitizenId = citizenId,
            Count = readers,
            QueuedAtUtc = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
