namespace Paaroerende.Core.Mail;

/// <summary>
/// A mail waiting to be sent, or sent. Added in the same SaveChanges as the change that causes it, so a mail is sent
/// exactly when that change is stored; <see cref="OutboxSender"/> delivers it later, with retries, and the table is
/// its only memory, so a restart loses nothing.
/// </summary>
public class OutboxMessage
{
    public Guid Id { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    /// <summary>Emptied once the mail is sent: links in it carry one-time tokens that need not outlive delivery.</summary>
    public required string Body { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the sender may next try; while a sender works on the message, the end of its lease.</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>Set when the sender gave up after the last allowed attempt.</summary>
    public DateTime? FailedAtUtc { get; set; }

    /// <summary>The last failure's exception type and message, for operators.</summary>
    public string? LastError { get; set; }
}
