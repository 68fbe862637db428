namespace Paaroerende.Core.Identity;

/// <summary>
/// The newest 30-second time-step whose authenticator code a sign-in has accepted. A code is taken only for a newer
/// step, so a code that was seen (over a shoulder, in a proxy log) cannot be used again while it is still valid.
/// </summary>
public class UsedAuthenticatorStep
{
    public required string UserId { get; set; }

    /// <summary>Seconds since 1970 divided by 30 (RFC 6238), as authenticator apps count.</summary>
    public long LastTimeStep { get; set; }
}
