namespace Paaroerende.Core.GeneralInformation;

public enum OfferKind
{
    Respite,
    SupportGroup,
    RelativesCounsellor,
    DementiaCafe,
    Counselling,
    Activity,
    Other,

    /// <summary>Help the law gives relatives a right to apply for, e.g. serviceloven § 97, § 119.</summary>
    StatutoryHelp,
}
