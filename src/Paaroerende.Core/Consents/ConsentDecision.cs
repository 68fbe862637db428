namespace Paaroerende.Core.Consents;

/// <summary>The gate's answer for one relative, citizen, topic and moment.</summary>
public sealed record ConsentDecision(bool Allowed, ConsentLevel Level, ConsentReason Reason)
{
    public static ConsentDecision Deny(ConsentReason reason) => new(false, ConsentLevel.None, reason);

    public static ConsentDecision Of(TopicOutlook outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        return new(outlook.Allowed, outlook.Level, outlook.Reason);
    }
}
