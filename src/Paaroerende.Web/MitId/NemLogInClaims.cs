namespace Paaroerende.Web.MitId;

/// <summary>
/// The claim names NemLog-in's OpenID Connect broker uses: the OIOSAML 3 attribute names of the Danish common eID
/// model (docs/adr/0035, docs/mitid.md). The portal reads the subject and the assurance level, and the name only to
/// greet a new sign-in; the CPR number is never asked for, stored or logged.
/// </summary>
public static class NemLogInClaims
{
    public const string Subject = "sub";

    /// <summary>The NSIS level of assurance of this sign-in: "Low", "Substantial" or "High".</summary>
    public const string AssuranceLevel = "https://data.gov.dk/concept/core/nsis/loa";

    public const string FullName = "https://data.gov.dk/model/core/eid/fullName";

    /// <summary>The version of NemLog-in's OIDC profile the token follows.</summary>
    public const string SpecVersion = "https://data.gov.dk/model/core/specVersion";
}

/// <summary>The NSIS assurance levels and the portal's rule: "betydelig" (Substantial) or higher.</summary>
public static class AssuranceLevels
{
    public const string Low = "Low";
    public const string Substantial = "Substantial";
    public const string High = "High";

    public static IReadOnlyList<string> All { get; } = [Low, Substantial, High];

    public static bool IsEnough(string? level) => level is Substantial or High;
}
