using Paaroerende.Core.Consents;

namespace Paaroerende.Core.Audit;

/// <summary>
/// One line of the audit log. Append-only: the application has no way to change or delete an entry (see
/// AppendOnlyGuard and the database triggers). Ids rather than names, and no foreign keys: a denied request may name
/// a citizen that does not exist, and that attempt must be kept as asked.
/// </summary>
public class AuditEntry
{
    public Guid Id { get; set; }

    /// <summary>
    /// A time-ordered id (UUID version 7) for an entry occurring at <paramref name="occurredAtUtc"/>. Every relative's
    /// read writes entries, so this is the busiest insert of the portal; a random id put each new row on a random page
    /// of the primary-key index (a page read and a page written per row once the log outgrows the cache), a
    /// time-ordered one puts them all at its end. Its text form sorts by time too, which is how SQLite stores it.
    /// </summary>
    public static Guid NewId(DateTime occurredAtUtc) =>
        Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(occurredAtUtc, DateTimeKind.Utc)));

    public DateTime OccurredAtUtc { get; set; }

    public required string ActorUserId { get; set; }

    public AuditAction Action { get; set; }

    public AuditOutcome Outcome { get; set; }

    public Guid? CitizenId { get; set; }

    /// <summary>The relative (person) the entry is about: the reader, or the relative whose relation changed.</summary>
    public Guid? PersonId { get; set; }

    public Guid? RelationId { get; set; }

    public ConsentTopic? Topic { get; set; }

    /// <summary>A short, fixed-vocabulary detail (a reason code, a level); never free text from users.</summary>
    public string? Detail { get; set; }

    /// <summary>
    /// The one item read, where the entry is about one: a message thread. A relative's read of a thread is recorded
    /// only here, and "has Mette read the answer" is read back from it, so the read is one fact written once.
    /// </summary>
    public Guid? ItemId { get; set; }
}
