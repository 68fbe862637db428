using Paaroerende.Core.Consents;

namespace Paaroerende.Core.Calendar;

/// <summary>The kinds of meetings about a citizen the policies name.</summary>
public enum MeetingKind
{
    /// <summary>Forventningssamtale.</summary>
    Expectations,

    /// <summary>Statusmøde.</summary>
    Status,

    /// <summary>Indflytningssamtale.</summary>
    MovingIn,
}

/// <summary>
/// A meeting about one citizen, to which staff invite some of her relatives. It is information about the citizen, so an
/// invited relative sees it only while the gate lets them see "Aftaler og besøg" or the meeting's own topic
/// (<see cref="ConsentGate.MeetingsOpenTo"/>, docs/adr/0036).
/// </summary>
public class CitizenMeeting : ICorrectableCalendarItem
{
    public Guid Id { get; set; }

    public Guid CitizenId { get; set; }

    public MeetingKind Kind { get; set; }

    /// <summary>The topic the meeting is about, if any: consent on it opens the meeting as "Aftaler og besøg" does.</summary>
    public ConsentTopic? Topic { get; set; }

    public DateTime StartsAtUtc { get; set; }

    public DateTime EndsAtUtc { get; set; }

    public required string Place { get; set; }

    /// <summary>What the relative should know beforehand ("Vi taler om ..."); may be empty.</summary>
    public required string Note { get; set; }

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

/// <summary>A relative's answer to an invitation.</summary>
public enum MeetingReply
{
    Coming,
    NotComing,

    /// <summary>"Foreslå et andet tidspunkt", with the relative's own words.</summary>
    OtherTime,
}

/// <summary>One relative (a person record, on a relation to the citizen) invited to a meeting, and their latest answer.</summary>
public class MeetingInvitation
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    public Guid PersonId { get; set; }

    public Guid RelationId { get; set; }

    public MeetingReply? Reply { get; set; }

    /// <summary>The relative's words with the answer (a time that suits them better); may be empty.</summary>
    public string? ReplyText { get; set; }

    public DateTime? RepliedAtUtc { get; set; }

    public CitizenMeeting? Meeting { get; set; }
}
