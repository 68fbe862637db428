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
        PortalDbContext db, IQueryable<string> userIds, Guid? citizenId, Guid? personId, CancellationToken ct) =>
        new(await Preferences(db, userIds).ToListAsync(ct), await SentAsync(db, userIds, citizenId, personId, ct));

    /// <summary>The subject's own choices: at most one row per sign-in, so it can ride along in another query.</summary>
    public static IQueryable<NotificationPreferenceRow> Preferences(PortalDbContext db, IQueryable<string> userIds) =>
        db.NotificationPreferences.AsNoTracking().Where(p => userIds.Contains(p.UserId))
            .Select(p => new NotificationPreferenceRow(p.UserId, p.DailyDigest, p.ReadAlerts, p.ChangedAtUtc));

    public static Task<List<SentNotificationRow>> SentAsync(
        PortalDbContext db, IQueryable<string> userIds, Guid? citizenId, Guid? personId, CancellationToken ct) =>
        db.SentNotifications.AsNoTracking()
            .Where(n => userIds.Contains(n.UserId)
                || (citizenId != null && n.CitizenId == citizenId)
                || (personId != null && n.PersonId == personId))
            .OrderByDescending(n => n.QueuedAtUtc)
            .Select(n => new SentNotificationRow(n.Id, n.Kind, n.CitizenId, n.PersonId, n.RelationId, n.Count, n.QueuedAtUtc))
            .ToListAsync(ct);
}

internal sealed record NotificationRows(
    IReadOnlyList<NotificationPreferenceRow> Preferences, IReadOnlyList<SentNotificationRow> Sent);

public sealed record NotificationPreferenceRow(string UserId, bool DailyDigest, bool ReadAlerts, DateTime ChangedAtUtc);

public sealed record SentNotificationRow(
    Guid Id, NotificationKind Kind, Guid? CitizenId, Guid? PersonId, Guid? RelationId, int? Count, DateTime QueuedAtUtc);
