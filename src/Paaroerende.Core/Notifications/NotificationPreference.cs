namespace Paaroerende.Core.Notifications;

/// <summary>
/// A sign-in's choices about mail beyond the ones it always gets (changes to what a relative may follow), and where the
/// background jobs are with it. No row means both choices are off. Both are off by default: mail is not a safe
/// channel, so the portal sends only what the user asked for.
/// </summary>
public class NotificationPreference
{
    public required string UserId { get; set; }

    /// <summary>A relative's choice: one mail a day with how many new updates they may see per citizen.</summary>
    public bool DailyDigest { get; set; }

    /// <summary>A citizen's choice: a mail when a relative has read their information (at most one a day).</summary>
    public bool ReadAlerts { get; set; }

    /// <summary>The digest counts updates published after this moment (the previous digest, or when it was turned on).</summary>
    public DateTime? DigestCoveredUntilUtc { get; set; }

    /// <summary>When the next digest is due; the digest job claims it by moving it on, so a day's digest goes once.</summary>
    public DateTime? NextDigestAtUtc { get; set; }

    /// <summary>Read alerts cover reads after this moment (the previous alert, or when alerts were turned on).</summary>
    public DateTime? ReadsCoveredUntilUtc { get; set; }

    /// <summary>No read alert before this moment: the throttle of one alert a day.</summary>
    public DateTime? NextReadAlertAtUtc { get; set; }

    public DateTime ChangedAtUtc { get; set; }
}
