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
