namespace Paaroerende.Core.Feedback;

/// <summary>
/// A relative's feedback to a unit on the cooperation. Anonymous feedback stores no person and no citizen, and only the
/// day it was given (not the time), so it cannot be matched against the audit log's reads.
/// </summary>
public class UnitFeedback
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>Null when the relative chose to be anonymous.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The citizen the relative is related to; null when anonymous.</summary>
    public Guid? CitizenId { get; set; }

    public required string Text { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public DateTime? HandledAtUtc { get; set; }

    public string? HandledByUserId { get; set; }

    public bool IsAnonymous => PersonId is null;
}
