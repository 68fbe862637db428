namespace Paaroerende.Core.Consents;

/// <summary>The matters a citizen can consent to share, one by one (first cut from the brief).</summary>
public enum ConsentTopic
{
    DailyLife,
    HealthAndCare,
    Medicine,
    AppointmentsAndVisits,
    HousingAndMoving,
    Finances,
    CaseProcessing,
}
