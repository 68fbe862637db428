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
}
