namespace Paaroerende.Core.Consents;

/// <summary>
/// The legal basis for sharing (forvaltningsloven § 27 allows sharing only with one of these). Each basis is its own
/// line of decisions per relation and topic: withdrawing the citizen's consent does not end a guardianship.
/// </summary>
public enum ConsentBasis
{
    /// <summary>Samtykke from the citizen, given to staff or digitally by the citizen.</summary>
    CitizenConsent,

    /// <summary>Fuldmagt.</summary>
    PowerOfAttorney,

    /// <summary>Værgemål, with its scope in <see cref="ConsentRecord.BasisScope"/>.</summary>
    Guardianship,

    /// <summary>Forældremyndighed over a minor citizen.</summary>
    ParentalCustody,
}
