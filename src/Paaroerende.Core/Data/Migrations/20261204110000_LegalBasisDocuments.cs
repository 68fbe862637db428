using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// A decision on fuldmagt or værgemål keeps the document it rests on: its reference and its expiry, beside the scope
/// already kept (ADR 0033). New nullable columns on the append-only history: records written before this have none, and
/// no row is ever updated to fill them in.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261204110000_LegalBasisDocuments")]
public class LegalBasisDocuments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("BasisDocument", "ConsentRecords", maxLength: FieldLengths.ShortText, nullable: true);
        migrationBuilder.AddColumn<DateTime>("BasisExpiresUtc", "ConsentRecords", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("BasisExpiresUtc", "ConsentRecords");
        migrationBuilder.DropColumn("BasisDocument", "ConsentRecords");
    }
}
