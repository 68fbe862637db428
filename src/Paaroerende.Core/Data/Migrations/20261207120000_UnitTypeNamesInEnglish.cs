using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// The unit types are stored by name, and the names are now English like every other identifier (docs/adr/0048):
/// "Plejecenter" becomes "NursingHome" and so on. Data only; users still see the Danish words. The double-quoted
/// identifiers and plain UPDATE read the same on SQLite, PostgreSQL and SQL Server.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261207120000_UnitTypeNamesInEnglish")]
public class UnitTypeNamesInEnglish : Migration
{
    /// <summary>The Danish name each type was stored by, and its English name.</summary>
    internal static readonly (string Danish, string English)[] Names =
    [
        ("Plejecenter", "NursingHome"),
        ("Hjemmepleje", "HomeCare"),
        ("Botilbud", "ResidentialOffer"),
        ("Bofaellesskab", "SharedHousing"),
        ("Misbrugsbehandling", "AddictionTreatment"),
        ("Dagtilbud", "DayService"),
        ("Andet", "Other"),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var (danish, english) in Names)
        {
            migrationBuilder.Sql($"UPDATE \"Units\" SET \"Type\" = '{english}' WHERE \"Type\" = '{danish}'");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var (danish, english) in Names)
        {
            migrationBuilder.Sql($"UPDATE \"Units\" SET \"Type\" = '{danish}' WHERE \"Type\" = '{english}'");
        }
    }
}
