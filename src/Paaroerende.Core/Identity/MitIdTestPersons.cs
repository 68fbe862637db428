namespace Paaroerende.Core.Identity;

/// <summary>
/// The people the local test broker (Development and tests only, docs/adr/0035) can sign in as, and the issuer it
/// signs as. The demo people's sign-ins are bound to these subjects, as a real deployment binds NemLog-in's subjects
/// when an invitation is accepted; the subjects are fixed so a test or a README walk-through can name them.
/// </summary>
public static class MitIdTestPersons
{
    /// <summary>
    /// The issuer the test broker writes into its tokens, whichever address the portal runs on (its discovery document
    /// is served at this address when the portal runs on the README's port). It names the broker; nothing fetches it.
    /// </summary>
    public const string Issuer = "http://localhost:5211/testbroker/";

    /// <summary>The actor of an audit entry about a MitID sign-in that matched no account.</summary>
    public const string AnonymousActor = "mitid";

    public const string CitizenSubject = "6f1c1a52-2b1e-4c38-9a3e-4d2b8c0e7a01";
    public const string RelativeSubject = "0b7d9f3e-5c4a-4e61-8f2d-1a9c7e3b5d02";
    public const string SecondRelativeSubject = "a3e5c7d9-1b2f-4a6c-8e0d-2f4b6d8a0c03";

}
