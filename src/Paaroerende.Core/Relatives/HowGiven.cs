namespace Paaroerende.Core.Relatives;

/// <summary>How the citizen made a nomination or a consent known.</summary>
public enum HowGiven
{
    Oral,
    Written,
    Digital,
}
