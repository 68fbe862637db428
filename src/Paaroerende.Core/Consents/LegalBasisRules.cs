namespace Paaroerende.Core.Consents;

/// <summary>
/// What each legal basis rests on (ADR 0033). Custody (forældremyndighed) holds only for a citizen under 18 and ends by
/// itself at the start of the 18th birthday, Danish time. A power of attorney (fuldmagt) and a guardianship (værgemål)
/// rest on a document with a scope, a reference and an expiry (optional for a guardianship: "indtil videre"); no decision
/// on them counts past that expiry. The end is a stored valid-until, so the gate's own query ends access: no job runs.
/// </summary>
public static class LegalBasisRules
{
    public const int AgeOfMajority = 18;

    /// <summary>
    /// The 18th birthday. Born on 29 February, the 18th birthday of a non-leap year is taken as 28 February, so custody
    /// never outlasts the age of majority.
    /// </summary>
    private static DateOnly EighteenthBirthday(DateOnly birthDate) => birthDate.AddYears(AgeOfMajority);

    /// <summary>The first instant custody no longer counts: the start of the 18th birthday in Denmark.</summary>
    public static DateTime CustodyEndsUtc(DateOnly birthDate) => Notifications.DanishClock.StartOfDayUtc(EighteenthBirthday(birthDate));

    /// <summary>The last day custody counts: the day before the 18th birthday.</summary>
    public static DateOnly LastDayOfCustody(DateOnly birthDate) => EighteenthBirthday(birthDate).AddDays(-1);

    public static bool IsAdultAt(DateOnly birthDate, DateTime utc) => utc >= CustodyEndsUtc(birthDate);

    /// <summary>Fuldmagt and værgemål rest on a document whose scope and reference are recorded with each decision.</summary>
    public static bool RestsOnDocument(ConsentBasis basis) =>
        basis is ConsentBasis.PowerOfAttorney or ConsentBasis.Guardianship;

    /// <summary>A fuldmagt always has an expiry; a værgemål may run "indtil videre".</summary>
    public static bool ExpiryRequired(ConsentBasis basis) => basis is ConsentBasis.PowerOfAttorney;

    /// <summary>The earlier of a decision's own end and the end of what it rests on (none means no end).</summary>
    public static DateTime? Cap(DateTime? validUntilUtc, DateTime? basisEndsUtc) =>
        (validUntilUtc, basisEndsUtc) switch
        {
            (null, var end) => end,
            (var until, null) => until,
            ({ } until, { } end) => until < end ? until : end,
        };
}

/// <summary>Why the recorder refused a decision on a legal basis.</summary>
public enum LegalBasisProblem
{
    /// <summary>Forældremyndighed for a citizen who is 18 or will be by the time the decision starts.</summary>
    CustodyForAdult,

    /// <summary>Fuldmagt or værgemål without what it covers.</summary>
    ScopeMissing,

    /// <summary>Fuldmagt or værgemål without the document's reference.</summary>
    DocumentMissing,

    /// <summary>Fuldmagt without the document's expiry.</summary>
    ExpiryMissing,

    /// <summary>The decision would start when the document has already expired.</summary>
    DocumentExpired,
}

/// <summary>The recorder refuses a decision its legal basis does not hold for; nothing is saved.</summary>
public sealed class LegalBasisRefusedException(LegalBasisProblem problem)
    : Exception($"The legal basis does not hold: {problem}.")
{
    public LegalBasisProblem Problem { get; } = problem;
}
