using Paaroerende.Core.Consents;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Invitations;

/// <summary>
/// A relative the citizen named themself, waiting for that person to accept with their own MitID (ADR 0043). Until then
/// it is only a wish: no person record, no relation and no consent exist, so nothing about the citizen can be seen by
/// anyone through it. Accepting makes them all at once; the citizen can withdraw it while it waits.
/// </summary>
public class CitizenNomination : OneTimeInvitation
{
    public Guid CitizenId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>Where the invitation was sent; a new sign-in gets this address.</summary>
    public required string Email { get; set; }

    public RelationKind Kind { get; set; }

    /// <summary>Given by the citizen for a relative under 18, so the child rules of ADR 0038 hold from the start.</summary>
    public DateOnly? BirthDate { get; set; }

    public DateTime? WithdrawnAtUtc { get; set; }

    /// <summary>The citizen's own sign-in: the relation and the consents are recorded on their word.</summary>
    public required string NominatedByUserId { get; set; }

    /// <summary>The relation the acceptance started.</summary>
    public Guid? RelationId { get; set; }

    public List<CitizenNominationTopic> Topics { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";
}

/// <summary>One topic the citizen chose for a nominated relative, with its level; it becomes a consent on acceptance.</summary>
public class CitizenNominationTopic
{
    public Guid NominationId { get; set; }

    public ConsentTopic Topic { get; set; }

    public ConsentLevel Level { get; set; }
}
