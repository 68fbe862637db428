namespace Paaroerende.Core.Notifications;

/// <summary>Settings of the notification jobs (configuration section Notifications).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The portal's public address, for the sign-in link in mails sent by background jobs.</summary>
    public string PortalUrl { get; set; } = "http://localhost:5211";

    /// <summary>How often the jobs look for expired consents, due digests and reads to alert about.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The Danish hour of the day at which daily digests go out.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>At most one read alert per citizen in this period; reads in between go into the next alert.</summary>
    public TimeSpan ReadAlertThrottle { get; set; } = TimeSpan.FromDays(1);

    public string Link(string path) => PortalUrl.TrimEnd('/') + path;
}
