namespace Paaroerende.Core.Administration;

/// <summary>
/// One administrative change: who made it, to what, when, and the entity's fields before and after as small JSON
/// snapshots (never passwords, tokens or keys). Append-only like the relatives' audit log, and readable by the
/// municipality's administrators. No foreign keys: an entry outlives what it describes.
/// </summary>
public class AdminAuditEntry
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public required string ActorUserId { get; set; }

    /// <summary>The actor's name when the change was made, so the log still reads after an account is renamed.</summary>
    public required string ActorName { get; set; }

    public AdminEntityType EntityType { get; set; }

    /// <summary>A Guid for content, an Identity user id for staff accounts.</summary>
    public required string EntityId { get; set; }

    public AdminAuditAction Action { get; set; }

    /// <summary>What the entry is about in words (a title or a name), as it was after the change, or before a deletion.</summary>
    public required string Summary { get; set; }

    public string? BeforeJson { get; set; }

    public string? AfterJson { get; set; }
}
