namespace Paaroerende.Core.Tenancy;

/// <summary>
/// What kind of offer a unit is. Stored by name; the names are English like every identifier in the code, and users
/// see the Danish words from the resources (EnumTexts: "Plejecenter", "Botilbud", …), docs/adr/0048.
/// </summary>
public enum UnitType
{
    /// <summary>Plejecenter (plejebolig).</summary>
    NursingHome,

    /// <summary>Hjemmepleje.</summary>
    HomeCare,

    /// <summary>Botilbud (serviceloven §§ 107–108).</summary>
    ResidentialOffer,

    /// <summary>Bofællesskab.</summary>
    SharedHousing,

    /// <summary>Misbrugsbehandling.</summary>
    AddictionTreatment,

    /// <summary>Dagtilbud for voksne (serviceloven § 104).</summary>
    DayService,

    /// <summary>Andet.</summary>
    Other,
}
