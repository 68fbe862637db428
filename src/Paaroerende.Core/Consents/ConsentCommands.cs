using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Consents;

/// <summary>
/// A citizen's nomination of a relative, as staff record it. With no existing person, a new one is added. The birth date
/// is given for a relative under 18 (ADR 0038).
/// </summary>
public sealed record NominationCommand(
    Guid CitizenId,
    Guid? ExistingPersonId,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    RelationKind Kind,
    DateOnly? RelativeBirthDate,
    HowGiven HowGiven);

/// <summary>
/// One submission of the staff consent form for one basis: each topic with its own level and validity. Topics left out
/// keep their current decision, and a topic sent with exactly its line's current decision records nothing.
/// </summary>
public sealed record ConsentCommand(
    Guid RelationId,
    ConsentBasis Basis,
    string? BasisScope,
    HowGiven GivenHow,
    string? Note,
    IReadOnlyList<TopicDecision> Topics)
{
    /// <summary>
    /// For fuldmagt and værgemål: the document the basis rests on ("Fuldmagt af 3. marts 2026, j.nr. …", the
    /// Familieretshuset's decision). Required for them, ignored for other bases.
    /// </summary>
    public string? BasisDocument { get; init; }

    /// <summary>
    /// For fuldmagt and værgemål: the first instant the document no longer counts (exclusive, like valid until); none
    /// for a værgemål "indtil videre". No decision on the basis counts past it.
    /// </summary>
    public DateTime? BasisExpiresUtc { get; init; }

    /// <summary>Several topics with one validity (seeding, tests, integrations that decide a whole basis at once).</summary>
    public static ConsentCommand Alike(
        Guid relationId, ConsentBasis basis, string? basisScope, HowGiven givenHow, DateTime validFromUtc,
        DateTime? validUntilUtc, string? note, IReadOnlyDictionary<ConsentTopic, ConsentLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return new ConsentCommand(relationId, basis, basisScope, givenHow, note,
            [.. levels.Select(l => new TopicDecision(l.Key, l.Value, validFromUtc, validUntilUtc))]);
    }
}

/// <summary>
/// One topic's decision on a line: its level and validity (valid until is exclusive: the first moment it no longer
/// counts). <paramref name="DisclosesFromUtc"/> optionally widens what a grant discloses to updates published earlier.
/// </summary>
public sealed record TopicDecision(
    ConsentTopic Topic, ConsentLevel Level, DateTime ValidFromUtc, DateTime? ValidUntilUtc, DateTime? DisclosesFromUtc = null);

/// <summary>
/// The citizen's choice for one topic of their own consent line: a level and an optional end (exclusive). The start is
/// not chosen: a grant already in force keeps its start, anything else counts from the moment it is saved.
/// </summary>
public sealed record CitizenTopicChoice(
    ConsentTopic Topic, ConsentLevel Level, DateTime? ValidUntilUtc = null, DateTime? DisclosesFromUtc = null);
