namespace Paaroerende.Core.Updates;

/// <summary>
/// What an update said before staff corrected or withdrew it, who did it, when and why. Append-only: the update's
/// history for the audit and for the citizen's insight (docs/adr/0034).
/// </summary>
public class CitizenUpdateRevision
{
    public Guid Id { get; set; }

    public Guid UpdateId { get; set; }

    public UpdateChange Change { get; set; }

    /// <summary>The title before the change.</summary>
    public required string Title { get; set; }

    /// <summary>The text before the change.</summary>
    public required string Body { get; set; }

    /// <summary>Why, in the staff member's words ("Forkert borger", "Stavefejl").</summary>
    public required string Reason { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public required string RecordedByUserId { get; set; }
}

public enum UpdateChange
{
    Corrected,
    Withdrawn,
}
