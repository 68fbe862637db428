namespace Paaroerende.Core.Relatives;

/// <summary>Which party ended a relation. The relation lasts as long as both want it.</summary>
public enum RelationEndedBy
{
    Citizen,
    Relative,
    StaffOnBehalfOfCitizen,
}
