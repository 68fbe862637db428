namespace Paaroerende.Core.Relatives;

/// <summary>How the citizen made the nomination known.</summary>
public enum NominationMethod
{
    Oral,
    Written,
    Digital,
}
