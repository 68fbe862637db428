using Paaroerende.Core.Identity;

namespace Paaroerende.Web.StaffSignIn;

/// <summary>
/// The "StaffSignIn" section: each municipality that lets its employees sign in through its own identity provider
/// (Entra ID, AD FS, KOMBIT's context handler...), by the municipality's slug (docs/adr/0044, docs/staff-sign-in.md).
/// Municipalities without one keep the password and authenticator app.
/// </summary>
public sealed class StaffSignInOptions
{
    public const string Section = "StaffSignIn";

    public Dictionary<string, MunicipalityProvider> Municipalities { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One municipality's identity provider and how its groups map to the portal's roles and units.</summary>
public sealed class MunicipalityProvider
{
    /// <summary>The OpenID Connect issuer; empty only for the local test broker (Development and tests).</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    /// <summary>The claim that lists the employee's groups (Entra ID: <c>groups</c>, with group object ids).</summary>
    public string GroupClaim { get; set; } = "groups";

    /// <summary>The group whose members are staff in the portal.</summary>
    public string StaffGroup { get; set; } = "";

    /// <summary>The group whose members are the municipality's administrators in the portal.</summary>
    public string AdministratorGroup { get; set; } = "";

    /// <summary>Group → unit (the unit's id, or its exact name in the municipality): staff see those units' citizens.</summary>
    public Dictionary<string, string> UnitGroups { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The claim that says how the employee authenticated (Entra ID and AD FS: <c>amr</c>).</summary>
    public string MfaClaim { get; set; } = "amr";

    /// <summary>Values of <see cref="MfaClaim"/> that mean multi-factor; one must be present, or the sign-in is refused.</summary>
    public List<string> MfaValues { get; set; } = [];

    /// <summary>The municipality's name as the sign-in page shows it, e.g. "Hvidovre Kommune"; the slug when empty.</summary>
    public string? DisplayName { get; set; }

    public IReadOnlyCollection<string> EffectiveMfaValues => MfaValues.Count > 0 ? MfaValues : ["mfa"];

    /// <summary>Hvidovre through the local test broker, with the groups its test page offers.</summary>
    public static MunicipalityProvider LocalTestBroker() => new()
    {
        DisplayName = "Hvidovre Kommune",
        ClientId = TestBroker.TestBrokerSetup.StaffClientId,
        StaffGroup = StaffIdpTestPersons.StaffGroup,
        AdministratorGroup = StaffIdpTestPersons.AdministratorGroup,
        UnitGroups = new(StringComparer.Ordinal)
        {
            [StaffIdpTestPersons.DemohavenGroup] = "Plejecenter Demohaven",
            [StaffIdpTestPersons.HomeCareSouthGroup] = "Hjemmeplejen Syd (demo)",
        },
    };
}

/// <summary>A configured municipality's scheme and addresses: one OpenID Connect scheme per municipality.</summary>
public sealed record StaffProvider(string Slug, MunicipalityProvider Settings)
{
    public string Scheme => "Staff-" + Slug;

    /// <summary>The municipality's name on the sign-in page's button.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Settings.DisplayName) ? Slug : Settings.DisplayName;

    /// <summary>Registered with the municipality's provider as the redirect URI.</summary>
    public string CallbackPath => "/signin-staff-" + Slug;

    /// <summary>Registered as the post-logout redirect URI.</summary>
    public string SignedOutCallbackPath => "/signout-callback-staff-" + Slug;

    public bool IsLocal => string.IsNullOrEmpty(Settings.Authority);
}

/// <summary>The municipalities whose employees can sign in through their own provider (empty: none).</summary>
public sealed class StaffProviders(IReadOnlyList<StaffProvider> all)
{
    public IReadOnlyList<StaffProvider> All { get; } = all;

    public StaffProvider? Find(string? slug) => All.FirstOrDefault(p => p.Slug == slug);

    public StaffProvider? FindByScheme(string? scheme) => All.FirstOrDefault(p => p.Scheme == scheme);
}
