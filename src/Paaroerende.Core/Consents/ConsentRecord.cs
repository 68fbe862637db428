using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Consents;

/// <summary>
/// One entry in the append-only consent history of a relation and topic. A change or withdrawal is a new record;
/// records are never updated or deleted, so what was in force at any moment can be answered later.
/// </summary>
public class ConsentRecord
{
    public Guid Id { get; set; }

    public Guid RelationId { get; set; }

    public Relation? Relation { get; set; }

    public ConsentTopic Topic { get; set; }

    public ConsentLevel Level { get; set; }

    public ConsentBasis Basis { get; set; }

    public HowGiven GivenHow { get; set; }

    /// <summary>For fuldmagt and værgemål: what the document covers (for værgemål, the scope set by the authority).</summary>
    public string? BasisScope { get; set; }

    /// <summary>For fuldmagt and værgemål: the reference of the document the decision rests on.</summary>
    public string? BasisDocument { get; set; }

    /// <summary>For fuldmagt and værgemål: when the document expires (exclusive); none for "indtil videre".</summary>
    public DateTime? BasisExpiresUtc { get; set; }

    public DateTime ValidFromUtc { get; set; }

    public DateTime? ValidUntilUtc { get; set; }

    /// <summary>
    /// For a grant: the earliest publication time of the updates it discloses (FHIR Consent's dataPeriod start). By
    /// default the start of the uninterrupted grant this record continues, or its own valid-from; earlier only when the
    /// citizen chose so explicitly. Set when the record is saved (<see cref="CurrentConsentKeeper"/>); null otherwise.
    /// </summary>
    public DateTime? DisclosesFromUtc { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public required string RecordedByUserId { get; set; }

    public string? Note { get; set; }
}
