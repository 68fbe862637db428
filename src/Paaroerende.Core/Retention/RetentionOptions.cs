namespace Paaroerende.Core.Retention;

/// <summary>How long history is kept (configuration section Retention). The reasons for the defaults: docs/adr/0012.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public const string Rule =
        "Retention: AuditEntriesMonths must be at least 1, EndedRelationsMonths at least AuditEntriesMonths (the consent behind a logged read must outlive the log line), SentMailDays at least 1.";

    /// <summary>Audit entries (who read what, who changed what) older than this are deleted.</summary>
    public int AuditEntriesMonths { get; set; } = 12;

    /// <summary>A relation ended longer ago than this is deleted with its consent history and cooperation data.</summary>
    public int EndedRelationsMonths { get; set; } = 12;

    /// <summary>Sent or given-up mails in the outbox (an address and a subject) are deleted after this many days.</summary>
    public int SentMailDays { get; set; } = 30;

    /// <summary>How often the retention job runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    public bool IsValid => AuditEntriesMonths >= 1 && EndedRelationsMonths >= AuditEntriesMonths && SentMailDays >= 1
        && Interval > TimeSpan.Zero;
}
