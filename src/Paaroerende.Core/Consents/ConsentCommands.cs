using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Consents;

/// <summary>A citizen's nomination of a relative, as staff record it. With no existing person, a new one is added.</summary>
public sealed record NominationCommand(
    Guid CitizenId,
    Guid? ExistingPersonId,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    RelationKind Kind,
    bool RelativeIsMinor,
    HowGiven HowGiven);

/// <summary>
/// One submission of the consent grid: a level for each topic, all with the same basis and validity. Topics left
/// out keep their current decision.
/// </summary>
public sealed record ConsentCommand(
    Guid RelationId,
    ConsentBasis Basis,
    string? BasisScope,
    HowGiven GivenHow,
    DateTime ValidFromUtc,
    DateTime? ValidUntilUtc,
    string? Note,
    IReadOnlyDictionary<ConsentTopic, ConsentLevel> Levels);

public sealed class CitizenNotFoundException() : Exception("No such citizen for this user.");
