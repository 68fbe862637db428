namespace Paaroerende.Core.Tenancy;

public enum UnitType
{
    Plejecenter,
    Hjemmepleje,
    Botilbud,
    Bofaellesskab,
    Misbrugsbehandling,
    Dagtilbud,
    Andet,
}
