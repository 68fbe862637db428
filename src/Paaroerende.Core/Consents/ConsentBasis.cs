namespace Paaroerende.Core.Consents;

/// <summary>The legal basis for sharing (forvaltningsloven § 27 allows sharing only with one of these).</summary>
public enum ConsentBasis
{
    CitizenConsent,
    CitizenConsentGivenDigitally,
    PowerOfAttorney,
    Guardianship,
    ParentalCustody,
}
