namespace Paaroerende.Core.Calendar;

/// <summary>
/// An event for a whole unit ("Julefrokost", "Pårørendemøde"): general information about the unit, like its news, so
/// relatives see it while they have an active relation to a citizen of the unit (the gate's unit rule), and sign up.
/// Times are instants in UTC; staff enter and relatives read them in Danish time (docs/adr/0036).
/// </summary>
public class UnitEvent : ICorrectableCalendarItem
{
    public const int DescriptionLength = 4000;

    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Place { get; set; }

    public DateTime StartsAtUtc { get; set; }

    public DateTime EndsAtUtc { get; set; }

    /// <summary>
    /// When sign-up closes, if the unit has a deadline: stored exclusive, the start of the day after the last day to sign
    /// up ("Tilmelding senest 11. december" is the start of 12 December in Danish time).
    /// </summary>
    public DateTime? SignUpDeadlineUtc { get; set; }

    /// <summary>How many guests one relative may bring along, if limited.</summary>
    public int? MaxGuests { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedByUserId { get; set; }

    /// <summary>When it was cancelled: from then on no relative sees it. Set once, with who and why; never undone.</summary>
    public DateTime? CancelledAtUtc { get; set; }

    public string? CancelledByUserId { get; set; }

    /// <summary>Why, in the staff member's words (for the staff and the audit, not shown to relatives).</summary>
    public string? CancelReason { get; set; }

    public DateTime? CorrectedAtUtc { get; set; }

    public DateTime? RescheduledAtUtc { get; set; }

    public int Sequence { get; set; }
}

/// <summary>
/// "Jeg kommer" from one relative (a person record) to one event, with the guests they bring. The relative may change
/// the number or take the sign-up back (the row goes): a sign-up is a practical answer, not history the audit needs.
/// </summary>
public class EventSignUp
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid PersonId { get; set; }

    public required string UserId { get; set; }

    public int Guests { get; set; }

    public DateTime AnsweredAtUtc { get; set; }
}
