namespace Paaroerende.Core.Notifications;

/// <summary>Settings of the notification jobs (configuration section Notifications).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>
    /// The portal's public address, which the links in every mail point to. No default: the Development and Testing
    /// appsettings set one, a deployment must (the portal will not start without it, Web/Notifications/PublicAddress).
    /// </summary>
    public string PortalUrl { get; set; } = "";

    /// <summary>How often the jobs look for expired consents, due digests and reads to alert about.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The Danish hour of the day at which daily digests go out.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>At most one read alert per citizen in this period; reads in between go into the next alert.</summary>
    public TimeSpan ReadAlertThrottle { get; set; } = TimeSpan.FromDays(1);

    public string Link(string path) => PortalUrl.TrimEnd('/') + path;
}
