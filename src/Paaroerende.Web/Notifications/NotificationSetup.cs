using Paaroerende.Core.Notifications;

namespace Paaroerende.Web.Notifications;

internal static class NotificationSetup
{
    /// <summary>Notifications and retention from Core, with the mail texts from this project's resources.</summary>
    public static IServiceCollection AddPortalNotifications(this IServiceCollection services) =>
        services.AddNotificationsAndRetention().AddSingleton<INotificationMails, NotificationMails>();
}
