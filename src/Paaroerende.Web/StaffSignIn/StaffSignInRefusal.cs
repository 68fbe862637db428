namespace Paaroerende.Web.StaffSignIn;

/// <summary>Why a sign-in through the municipality's provider gave nothing; each has its own Danish explanation.</summary>
public enum StaffSignInRefusal
{
    /// <summary>The employee cancelled at the provider.</summary>
    Cancelled,

    /// <summary>The provider did not say the employee used more than a password (no multi-factor claim).</summary>
    NoMultiFactor,

    /// <summary>None of the employee's groups grants staff or administrator in the portal (any more).</summary>
    NoRole,

    /// <summary>A valid sign-in, but no staff sign-in is bound to it and no invitation came with it.</summary>
    UnknownEmployee,

    /// <summary>The invitation link was used, expired, unknown, or for another municipality.</summary>
    InvitationUnusable,

    /// <summary>The staff sign-in behind the identity is deactivated.</summary>
    Deactivated,

    /// <summary>The provider's answer could not be trusted (token, state, nonce): start again.</summary>
    Failed,
}

/// <summary>A refusal raised while the OpenID Connect handler checks the answer, with its audit detail.</summary>
public sealed class StaffSignInRefusedException(StaffSignInRefusal refusal, string detail)
    : Exception($"Staff sign-in refused: {detail}")
{
    public StaffSignInRefusal Refusal { get; } = refusal;

    public string Detail { get; } = detail;
}
