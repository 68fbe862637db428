using Paaroerende.Core.Tenancy;

namespace Paaroerende.Demo;

/// <summary>Generated units per demo municipality: fictitious names and street addresses, real postal districts.</summary>
internal static class DemoUnits
{
    private const string NursingHomeVisits = "Alle dage kl. 10.00-20.00. Ring gerne i forvejen ved større besøg.";
    private const string HomeCareHours = "Hverdage kl. 8.00-15.00";

    public static IEnumerable<Unit> For(string slug) => slug switch
    {
        "hvidovre" =>
        [
            Make("Plejecenter Demohaven", UnitType.NursingHome, "Demovej 1", "2650", "Hvidovre", NursingHomeVisits),
            Make("Hjemmeplejen Syd (demo)", UnitType.HomeCare, "Prøvegade 12", "2650", "Hvidovre", null),
            Make("Bofællesskabet Prøvehuset", UnitType.SharedHousing, "Eksempelvej 5", "2650", "Hvidovre",
                "Efter aftale med beboeren"),
        ],
        "rudersdal" =>
        [
            Make("Plejecenter Eksempelgården", UnitType.NursingHome, "Demoallé 3", "2840", "Holte", NursingHomeVisits),
            Make("Hjemmeplejen Nord (demo)", UnitType.HomeCare, "Prøvevej 9", "2840", "Holte", null),
        ],
        "ishoej" =>
        [
            Make("Plejecenter Testrupparken", UnitType.NursingHome, "Testvej 20", "2635", "Ishøj", NursingHomeVisits),
            Make("Rusmiddelcentret (demo)", UnitType.AddictionTreatment, "Demogade 4", "2635", "Ishøj",
                "Efter aftale med borgeren og behandleren"),
        ],
        "ballerup" =>
        [
            Make("Plejecenter Demolunden", UnitType.NursingHome, "Lundvej 7", "2750", "Ballerup", NursingHomeVisits),
            Make("Botilbuddet Prøvestien", UnitType.ResidentialOffer, "Stien 2", "2750", "Ballerup", "Dagligt kl. 9.00-21.00"),
        ],
        "koebenhavn" =>
        [
            Make("Botilbuddet Eksempelhuset", UnitType.ResidentialOffer, "Eksempelgade 30", "2300", "København S",
                "Dagligt kl. 9.00-21.00"),
            Make("Bofællesskabet Demogården", UnitType.SharedHousing, "Gårdvej 8", "2400", "København NV",
                "Efter aftale med beboeren"),
        ],
        _ => [],
    };

    private static Unit Make(
        string name, UnitType type, string street, string postalCode, string city, string? visitingHours) =>
        new()
        {
            Name = name,
            Type = type,
            StreetAddress = street,
            PostalCode = postalCode,
            City = city,
            Phone = "70 00 00 00",
            Email = "kontakt@demo.example",
            OpeningHours = HomeCareHours,
            VisitingHours = visitingHours,
        };
}
