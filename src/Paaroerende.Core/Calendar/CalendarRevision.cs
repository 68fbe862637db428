namespace Paaroerende.Core.Calendar;

/// <summary>
/// An event or a meeting whose text, place and time staff may correct (docs/adr/0041). Its unit or citizen, kind, topic
/// and invitations never change: they decide who sees it, so a wrong one is cancelled and made again.
/// </summary>
public interface ICorrectableCalendarItem : ICancellable
{
    string Place { get; set; }

    DateTime StartsAtUtc { get; set; }

    DateTime EndsAtUtc { get; set; }

    /// <summary>When it was last corrected: relatives see "Rettet af personalet den …".</summary>
    DateTime? CorrectedAtUtc { get; set; }

    /// <summary>When its time was last moved: answers given before it were given for an earlier time.</summary>
    DateTime? RescheduledAtUtc { get; set; }

    /// <summary>The .ics SEQUENCE: one more for each correction, so calendar apps replace what they hold.</summary>
    int Sequence { get; set; }
}

/// <summary>
/// What an event or a meeting said before a correction, who corrected it, when and why. Append-only
/// (<see cref="Data.AppendOnlyGuard"/>), as the revisions of updates (docs/adr/0034, 0041).
/// </summary>
public abstract class CalendarRevision
{
    public Guid Id { get; set; }

    /// <summary>The place before the change.</summary>
    public string Place { get; set; } = "";

    public DateTime StartsAtUtc { get; set; }

    public DateTime EndsAtUtc { get; set; }

    /// <summary>Why, in the staff member's words.</summary>
    public string Reason { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public string RecordedByUserId { get; set; } = "";
}

/// <summary>An earlier version of a meeting about a citizen: part of her data (her copy holds it).</summary>
public class CitizenMeetingRevision : CalendarRevision
{
    public Guid MeetingId { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>An earlier version of a unit's event: the unit's, not personal data.</summary>
public class UnitEventRevision : CalendarRevision
{
    public Guid EventId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";
}
