namespace Paaroerende.Core.CheckIns;

/// <summary>An answer to a yes/no question where "partly" is an honest answer too.</summary>
public enum CheckInAnswer
{
    Yes,
    Partly,
    No,
}
