using Paaroerende.Core.Consents;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Core.Relatives;

/// <summary>
/// Children and young people as relatives (ADR 0038). Age comes from the relative's birth date, in Danish days, never
/// from a flag typed once. Under 15 (a child) a relative may not be given the topics that burden a child — medicine,
/// finances, case processing — nor be "involveret" in anything: a grant of either can only start on or after the 15th
/// birthday. Under 18 the relative is a minor: the portal says so to staff (the policy's rule that a young relative must
/// not become helper or interpreter) and writes the relative's pages for a young reader.
/// </summary>
public static class YoungRelatives
{
    /// <summary>Sundhedsloven § 17: from 15 a young person decides on their own treatment, and so carries such knowledge.</summary>
    public const int ChildUntilAge = 15;

    public const int MinorUntilAge = LegalBasisRules.AgeOfMajority;

    /// <summary>The topics a child under 15 cannot be given.</summary>
    public static bool BurdensAChild(ConsentTopic topic) =>
        topic is ConsentTopic.Medicine or ConsentTopic.Finances or ConsentTopic.CaseProcessing;

    /// <summary>
    /// The first instant the relative is <paramref name="age"/>: the start of that birthday in Denmark (born on 29 February,
    /// the birthday of a non-leap year is 28 February, as for custody).
    /// </summary>
    public static DateTime TurnsUtc(DateOnly birthDate, int age) => DanishClock.StartOfDayUtc(birthDate.AddYears(age));

    /// <summary>Under 15 at the instant; an unknown birth date is an adult's (staff enter it for anyone under 18).</summary>
    public static bool IsChildAt(DateOnly? birthDate, DateTime utc) =>
        birthDate is { } born && utc < TurnsUtc(born, ChildUntilAge);

    /// <summary>
    /// Under 18 at the instant. Relations recorded before birth dates were kept carry only the "under 18" flag staff
    /// ticked then; it counts only where no birth date is known.
    /// </summary>
    public static bool IsMinorAt(DateOnly? birthDate, bool nominatedAsMinor, DateTime utc) =>
        birthDate is { } born ? utc < TurnsUtc(born, MinorUntilAge) : nominatedAsMinor;

    /// <summary>Whether a child may be given this level on this topic: never "involveret", never a burdening topic.</summary>
    public static bool ChildMayHave(ConsentTopic topic, ConsentLevel level) =>
        level is ConsentLevel.None or ConsentLevel.KeptOut || (level == ConsentLevel.Informed && !BurdensAChild(topic));

    /// <summary>
    /// The levels a consent form offers for a topic, in the forms' order: all for anyone 15 or older; for a child what a
    /// child may have, and the line's current level so a form never hides what is recorded.
    /// </summary>
    public static IEnumerable<ConsentLevel> LevelsOffered(bool isChild, ConsentTopic topic, ConsentLevel current) =>
        new[] { ConsentLevel.None, ConsentLevel.Informed, ConsentLevel.Involved, ConsentLevel.KeptOut }
            .Where(l => !isChild || ChildMayHave(topic, l) || l == current);

    /// <summary>
    /// The topics of a set of decisions that the relative is too young for: a grant the rule above does not allow that
    /// starts before the 15th birthday.
    /// </summary>
    public static IReadOnlyList<ConsentTopic> TooYoungFor(
        DateOnly? birthDate, IEnumerable<(ConsentTopic Topic, ConsentLevel Level, DateTime ValidFromUtc)> decisions) =>
        [.. decisions.Where(d => !ChildMayHave(d.Topic, d.Level) && IsChildAt(birthDate, d.ValidFromUtc)).Select(d => d.Topic)];
}

/// <summary>The recorder refuses a decision a child under 15 cannot be given; nothing is saved.</summary>
public sealed class TooYoungForTopicException(IReadOnlyList<ConsentTopic> topics)
    : Exception($"The relative is under {YoungRelatives.ChildUntilAge} for: {string.Join(", ", topics)}.")
{
    public IReadOnlyList<ConsentTopic> Topics { get; } = topics;
}
