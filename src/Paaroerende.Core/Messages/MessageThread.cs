using Paaroerende.Core.Consents;

namespace Paaroerende.Core.Messages;

/// <summary>
/// A conversation between one relative (a person record) and the staff of the citizen's unit, about that citizen and
/// one topic — or about no topic ("Generelt"), which the relation alone opens and in which staff write nothing about
/// the citizen's matters. Only that relative and the unit's staff read it (docs/adr/0031); the relative only while the
/// consent gate lets them see the topic.
/// </summary>
public class MessageThread
{
    public Guid Id { get; set; }

    public Guid CitizenId { get; set; }

    /// <summary>The relative's person record; the thread is theirs and no other relative's.</summary>
    public Guid PersonId { get; set; }

    /// <summary>The relation it was started on (for the unit's list); visibility follows the person's active relations.</summary>
    public Guid RelationId { get; set; }

    /// <summary>The topic it is about, or null for general questions that need no consent.</summary>
    public ConsentTopic? Topic { get; set; }

    public required string Subject { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public required string StartedByUserId { get; set; }

    /// <summary>The check-in whose "Jeg vil gerne kontaktes" started it, if any.</summary>
    public Guid? CheckInId { get; set; }
}

/// <summary>Who wrote a message: the relative, or a staff member of the unit.</summary>
public enum MessageSide
{
    Relative,
    Staff,
}

/// <summary>One message of a thread. Never changed or deleted by the portal (a correction is a new message).</summary>
public class Message
{
    public const int BodyLength = 4000;

    public Guid Id { get; set; }

    public Guid ThreadId { get; set; }

    public MessageSide From { get; set; }

    public required string AuthorUserId { get; set; }

    public required string Body { get; set; }

    public DateTime SentAtUtc { get; set; }
}

/// <summary>
/// When a staff member of the unit first opened a relative's message. Added once, never changed, so "read" is a fact
/// with a time rather than a flag that can flip back. The relative's reads of staff's answers need no row of their own:
/// each is an audit entry naming the thread (<see cref="Audit.AuditEntry.ItemId"/>).
/// </summary>
public class MessageRead
{
    public Guid MessageId { get; set; }

    public required string ReaderUserId { get; set; }

    public DateTime ReadAtUtc { get; set; }
}
