namespace Paaroerende.Core.Consents;

/// <summary>Why the gate answered as it did. The reason is for staff, the citizen and the audit log, never for the relative.</summary>
public enum ConsentReason
{
    Granted,
    NoActiveRelation,
    NoConsent,
    KeptOut,
    Expired,
    NotYetValid,
    Withdrawn,
}

/// <summary>The gate's answer for one relative, citizen, topic and moment.</summary>
public sealed record ConsentDecision(bool Allowed, ConsentLevel Level, ConsentReason Reason)
{
    public static ConsentDecision Deny(ConsentReason reason) => new(false, ConsentLevel.None, reason);
}
