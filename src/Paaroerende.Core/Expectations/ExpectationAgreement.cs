namespace Paaroerende.Core.Expectations;

/// <summary>
/// One version of the expectation agreement (forventningsafstemning) between the municipality and a relative about one
/// citizen: who does what, how and how often they talk, and when they look at it again. A revision is a new version;
/// versions are never changed, so the history shows what was agreed when.
/// </summary>
public class ExpectationAgreement
{
    public Guid Id { get; set; }

    public Guid RelationId { get; set; }

    /// <summary>1 for the first agreement of a relation, then one more for each revision.</summary>
    public int Version { get; set; }

    public required string RelativeDoes { get; set; }

    public required string MunicipalityDoes { get; set; }

    public required string HowWeTalk { get; set; }

    public required string ContactPerson { get; set; }

    public DateOnly NextReviewOn { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public required string RecordedByUserId { get; set; }
}
