namespace Paaroerende.Core.Relatives;

public enum RelationKind
{
    SpouseOrPartner,
    Child,
    Parent,
    Sibling,
    Friend,
    Neighbour,
    Other,
}
