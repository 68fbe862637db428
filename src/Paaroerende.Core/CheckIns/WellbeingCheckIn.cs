namespace Paaroerende.Core.CheckIns;

/// <summary>
/// A relative's answer to "Hvordan har du det?" — the relative's own wellbeing, in the context of one relation, so a
/// request to be contacted reaches the staff of the citizen's unit. Staff see only the check-ins that ask for contact.
/// </summary>
public class WellbeingCheckIn
{
    public const int LowestWellbeing = 1;
    public const int HighestWellbeing = 5;

    public Guid Id { get; set; }

    public Guid RelationId { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>1 (very bad) to 5 (very good).</summary>
    public int Wellbeing { get; set; }

    public CheckInAnswer EnoughRest { get; set; }

    public CheckInAnswer EnoughSupport { get; set; }

    public string? Comment { get; set; }

    public bool WantsContact { get; set; }

    /// <summary>How and when the relative would like to be contacted, in their own words.</summary>
    public string? ContactHow { get; set; }

    public DateTime? HandledAtUtc { get; set; }

    public string? HandledByUserId { get; set; }
}
