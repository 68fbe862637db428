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

    /// <summary>1–5 per theme (<see cref="FeedbackScale"/>); null is "ved ikke".</summary>
    public int? InformationRating { get; set; }

    public int? ListenedToRating { get; set; }

    public int? InvolvementRating { get; set; }

    public int? StaffContactRating { get; set; }

    /// <summary>Staff's answer when they closed it (<see cref="HandledAtUtc"/>); shown to the relative unless anonymous.</summary>
    public string? Answer { get; set; }

    public DateTime? HandledAtUtc { get; set; }

    public string? HandledByUserId { get; set; }

    public bool IsAnonymous => PersonId is null;

    public int? RatingOf(FeedbackTheme theme) => theme switch
    {
        FeedbackTheme.Information => InformationRating,
        FeedbackTheme.ListenedTo => ListenedToRating,
        FeedbackTheme.Involvement => InvolvementRating,
        FeedbackTheme.StaffContact => StaffContactRating,
        _ => throw new ArgumentOutOfRangeException(nameof(theme)),
    };

    public void Rate(FeedbackTheme theme, int? rating)
    {
        switch (theme)
        {
            case FeedbackTheme.Information: InformationRating = rating; break;
            case FeedbackTheme.ListenedTo: ListenedToRating = rating; break;
            case FeedbackTheme.Involvement: InvolvementRating = rating; break;
            case FeedbackTheme.StaffContact: StaffContactRating = rating; break;
            default: throw new ArgumentOutOfRangeException(nameof(theme));
        }
    }
}
