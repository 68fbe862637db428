namespace Paaroerende.Core.Consents;

/// <summary>How far a relative is involved in one topic (Ishøj's levels).</summary>
public enum ConsentLevel
{
    /// <summary>No consent in force: a withdrawal is recorded as this level.</summary>
    None,

    /// <summary>Orienteret: told about the matter.</summary>
    Informed,

    /// <summary>Involveret: consulted on decisions.</summary>
    Involved,

    /// <summary>Holdes udenfor: explicitly kept out; wins over anything broader.</summary>
    KeptOut,
}
