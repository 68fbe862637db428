namespace Paaroerende.Web.MitId;

/// <summary>
/// The "MitId" section: where citizens and relatives sign in with MitID (NemLog-in in production). Without an
/// authority, Development and the tests use the portal's own test broker (docs/adr/0035); elsewhere MitID is off.
/// </summary>
public sealed class MitIdOptions
{
    public const string Section = "MitId";

    /// <summary>The authentication scheme, also the name the portal's external-login rows carry as display name.</summary>
    public const string Scheme = "MitID";

    /// <summary>Where NemLog-in sends the browser back (registered with NemLog-in as the redirect URI).</summary>
    public const string CallbackPath = "/signin-mitid";

    /// <summary>Where NemLog-in sends the browser after its own sign-out (the post-logout redirect URI).</summary>
    public const string SignedOutCallbackPath = "/signout-callback-mitid";

    /// <summary>The OpenID Connect issuer, e.g. NemLog-in's; empty: the local test broker where it exists.</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = TestBroker.TestBrokerSetup.ClientId;

    public string? ClientSecret { get; set; }
}
