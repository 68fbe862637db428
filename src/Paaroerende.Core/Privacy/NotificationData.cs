using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Core.Privacy;

/// <summary>
/// The notification tables for the GDPR export: the subject's own choices, and the log of notices sent to them or about
/// them (a relative told that what they follow about the citizen changed is also about the citizen).
/// </summary>
internal static class NotificationData
{
    public static async Task<NotificationRows> ForAsync(
        PortalDbContext db, IQueryable<string> userIds, Guid? citizenId, Guid? personId, CancellationToken ct)
    {
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => userIds.Contains(p.UserId))
            .Select(p => new NotificationPreferenceRow(p.UserId, p.DailyDigest, p.ReadAlerts, p.ChangedAtUtc))
            .ToListAsync(ct);
        var sent = await PersonalDataExport.EitherOf(
                db.SentNotifications.Where(n => userIds.Contains(n.UserId)),
                db.SentNotifications.Where(n => (citizenId != null && n.CitizenId == citizenId) || (personId != null && n.PersonId == personId)))
            .AsNoTracking()
            .OrderByDescending(n => n.QueuedAtUtc)
            .Select(n => new SentNotificationRow(n.Id, n.Kind, n.CitizenId, n.PersonId, n.RelationId, n.Count, n.QueuedAtUtc))
            .ToListAsync(ct);
        return new NotificationRows(preferences, sent);
    }
}

internal sealed record NotificationRows(
    IReadOnlyList<NotificationPreferenceRow> Preferences, IReadOnlyList<SentNotificationRow> Sent);

public sealed record NotificationPreferenceRow(string UserId, bool DailyDigest, bool ReadAlerts, DateTime ChangedAtUtc);

public sealed record SentNotificationRow(
    Guid Id, NotificationKind Kind, Guid? CitizenId, Guid? PersonId, Guid? RelationId, int? Count, DateTime QueuedAtUtc);
