using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Retention;

namespace Paaroerende.Core.Notifications;

public static class NotificationRegistration
{
    /// <summary>Notifications and retention: the services, their settings and their background jobs.</summary>
    public static IServiceCollection AddNotificationsAndRetention(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section)
            .Validate(o => o.DigestHour is >= 0 and <= 23 && o.PollInterval > TimeSpan.Zero, "Notifications: DigestHour 0-23, PollInterval above zero.")
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.IsValid, RetentionOptions.Rule)
            .ValidateOnStart();
        services.AddScoped<RelativeNotices>()
            .AddScoped<ConsentExpiryNotices>()
            .AddScoped<DailyDigests>()
            .AddScoped<ReadAlerts>()
            .AddScoped<NotificationPreferences>()
            .AddScoped<RetentionPurge>();
        services.AddHostedService<NotificationJobs>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
