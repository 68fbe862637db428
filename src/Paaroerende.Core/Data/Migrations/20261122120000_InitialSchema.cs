using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Written by hand (the EF design-time package cannot be restored here, see docs/adr/0003). Only provider-neutral
/// operations: column types come from each provider's own mapping of the CLR type and length.
/// SchemaMatchesModelTests applies it to empty SQLite and PostgreSQL databases and compares with the EF model.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261122120000_InitialSchema")]
public partial class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        SqlServerCollation.RequireCaseAndAccentSensitive(migrationBuilder);
        CreateTenancy(migrationBuilder);
        CreateIdentity(migrationBuilder);
        CreatePeople(migrationBuilder);
        CreateGeneralInformation(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        string[] tablesChildrenFirst =
        [
            "ConsentRecords", "Relations", "Citizens", "People", "StaffUnitAssignments",
            "DirectoryContacts", "DirectorySituations", "DirectoryCategories",
            "InformationPages", "Offers", "RelativesCouncils", "UsefulLinks",
            "AspNetRoleClaims", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens",
            "AspNetRoles", "AspNetUsers", "Units", "Municipalities",
        ];
        foreach (var table in tablesChildrenFirst)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
