using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Paaroerende.Web.MitId;

/// <summary>Why a MitID sign-in gave nothing; each has its own Danish explanation on /Account/MitIdRefused.</summary>
public enum MitIdRefusal
{
    /// <summary>The person cancelled at MitID.</summary>
    Cancelled,

    /// <summary>MitID asserted a level below "betydelig".</summary>
    LevelTooLow,

    /// <summary>A valid sign-in, but no account is bound to it and no invitation came with it.</summary>
    UnknownPerson,

    /// <summary>The invitation link was used, expired or unknown.</summary>
    InvitationUnusable,

    /// <summary>The account behind the MitID identity is deactivated.</summary>
    Deactivated,

    /// <summary>The answer from MitID could not be trusted (token, state, nonce): start again.</summary>
    Failed,
}

/// <summary>A refusal raised while the OpenID Connect handler checks the answer (the level), with its audit detail.</summary>
public sealed class MitIdRefusedException(MitIdRefusal refusal, string detail) : Exception($"MitID sign-in refused: {detail}")
{
    public MitIdRefusal Refusal { get; } = refusal;

    public string Detail { get; } = detail;
}

internal static class MitIdFailures
{
    /// <summary>
    /// The refusal and a fixed-vocabulary audit detail for what the OpenID Connect handler rejected; never the
    /// exception's message, which can quote the token's claims.
    /// </summary>
    public static (MitIdRefusal Refusal, string Detail) Of(Exception? failure) => failure switch
    {
        MitIdRefusedException refused => (refused.Refusal, refused.Detail),
        SecurityTokenInvalidIssuerException => (MitIdRefusal.Failed, "InvalidIssuer"),
        SecurityTokenInvalidAudienceException => (MitIdRefusal.Failed, "InvalidAudience"),
        SecurityTokenExpiredException => (MitIdRefusal.Failed, "Expired"),
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => (MitIdRefusal.Failed, "InvalidSignature"),
        OpenIdConnectProtocolInvalidNonceException => (MitIdRefusal.Failed, "InvalidNonce"),
        SecurityTokenException => (MitIdRefusal.Failed, "InvalidToken"),
        OpenIdConnectProtocolException => (MitIdRefusal.Failed, "ProtocolError"),
        { Message: var m } when m.Contains("Correlation failed", StringComparison.Ordinal) => (MitIdRefusal.Failed, "CorrelationFailed"),
        { Message: var m } when m.Contains("message.State", StringComparison.OrdinalIgnoreCase) => (MitIdRefusal.Failed, "InvalidState"),
        _ => (MitIdRefusal.Failed, "Failed"),
    };
}
