using Paaroerende.Core.Citizens;

namespace Paaroerende.Core.Relatives;

/// <summary>
/// The citizen's nomination of a person as their relative. Ending it sets the end fields once; a relation is
/// never deleted, so the consent history that hangs on it stays readable.
/// </summary>
public class Relation
{
    public Guid Id { get; set; }

    public Guid CitizenId { get; set; }

    public Citizen? Citizen { get; set; }

    public Guid PersonId { get; set; }

    public Person? Person { get; set; }

    public RelationKind Kind { get; set; }

    public bool RelativeIsMinor { get; set; }

    public HowGiven NominationMethod { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public required string RecordedByUserId { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public string? EndedByUserId { get; set; }

    public RelationEndedBy? EndedBy { get; set; }

    public string? EndReason { get; set; }
}
