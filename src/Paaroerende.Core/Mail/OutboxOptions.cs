namespace Paaroerende.Core.Mail;

/// <summary>The outbox sender's settings (configuration section Mail:Outbox).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Mail:Outbox";

    /// <summary>How often the sender looks for due mails when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a sender owns a message it is sending; after that another sender may try it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before the sender gives up (about a day with the default delays).</summary>
    public int MaxAttempts { get; set; } = 30;

    public int BatchSize { get; set; } = 20;

    /// <summary>The delay after the given number of failed attempts: doubling from the first delay up to the maximum.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 30);
        var ticks = Math.Min(FirstRetryDelay.Ticks * Math.Pow(2, doublings), MaxRetryDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
