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
    /// <summary>The citizen's: her sign-ins' choices and mails, and the notices sent to relatives about her.</summary>
    public static Task<NotificationRows> ForCitizenAsync(PortalDbContext db, IQueryable<string> userIds, Guid citizenId, CancellationToken ct) =>
        RowsAsync(db.NotificationPreferences.Where(p => userIds.Contains(p.UserId)),
            PersonalDataExport.EitherOf(db.SentNotifications.Where(n => userIds.Contains(n.UserId)), db.SentNotifications.Where(n => n.CitizenId == citizenId)),
            ct);

    /// <summary>The relative's: the choices and mails of their sign-ins, and the notices about their person records.</summary>
    public static Task<NotificationRows> ForRelativeAsync(
        PortalDbContext db, IReadOnlyCollection<string> userIds, IReadOnlyCollection<Guid> personIds, CancellationToken ct) =>
        RowsAsync(db.NotificationPreferences.Where(p => userIds.Contains(p.UserId)),
            PersonalDataExport.EitherOf(
                db.SentNotifications.Where(n => userIds.Contains(n.UserId)),
                db.SentNotifications.Where(n => n.PersonId != null && personIds.Contains(n.PersonId.Value))),
            ct);

    private static async Task<NotificationRows> RowsAsync(
        IQueryable<NotificationPreference> preferences, IQueryable<SentNotification> sent, CancellationToken ct) =>
        new(await preferences.AsNoTracking()
                .Select(p => new NotificationPreferenceRow(p.UserId, p.DailyDigest, p.ReadAlerts, p.ChangedAtUtc))
                .ToListAsync(ct),
            await sent.AsNoTracking()
                .OrderByDescending(n => n.QueuedAtUtc)
                .Select(n => new SentNotificationRow(n.Id, n.Kind, n.CitizenId, n.PersonId, n.RelationId, n.Count, n.QueuedAtUtc))
                .ToListAsync(ct));
}

internal sealed record NotificationRows(
    IReadOnlyList<NotificationPreferenceRow> Preferences, IReadOnlyList<SentNotificationRow> Sent);

public sealed record NotificationPreferenceRow(string UserId, bool DailyDigest, bool ReadAlerts, DateTime ChangedAtUtc);

public sealed record SentNotificationRow(
    Guid Id, NotificationKind Kind, Guid? CitizenId, Guid? PersonId, Guid? RelationId, int? Count, DateTime QueuedAtUtc);
