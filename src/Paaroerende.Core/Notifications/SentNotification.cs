namespace Paaroerende.Core.Notifications;

/// <summary>What a notification mail was about.</summary>
public enum NotificationKind
{
    /// <summary>Staff or the citizen changed a consent of the relation.</summary>
    ConsentChanged,

    /// <summary>A consent of the relation ran out (noticed by the expiry job).</summary>
    ConsentExpired,

    /// <summary>Staff or the citizen ended the relation.</summary>
    RelationEnded,

    /// <summary>The relative's daily digest of new updates.</summary>
    DailyDigest,

    /// <summary>Staff answered in one of the relative's message threads.</summary>
    NewMessage,

    /// <summary>The citizen's alert that relatives have read their information.</summary>
    ReadAlert,

    /// <summary>Staff invited the relative to a meeting about the citizen.</summary>
    MeetingInvitation,
}

/// <summary>
/// The log of notification mails queued: who was told what kind of thing, when — never the mail's text. Part of the
/// recipient's personal data (and the citizen's, when it is about them); kept as long as the audit log.
/// </summary>
public class SentNotification
{
    public Guid Id { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The sign-in the mail went to.</summary>
    public required string UserId { get; set; }

    /// <summary>The citizen the mail was about (a change notice or a read alert); null for a digest.</summary>
    public Guid? CitizenId { get; set; }

    /// <summary>The relative's person record, for change notices.</summary>
    public Guid? PersonId { get; set; }

    public Guid? RelationId { get; set; }

    /// <summary>A count the mail gave (new updates, relatives who read); no text.</summary>
    public int? Count { get; set; }

    public DateTime QueuedAtUtc { get; set; }
}
