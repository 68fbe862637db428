using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Offers say how to apply ("Sådan søger du") beside their description. Optional: offers written before this have
/// none until their municipality's administrator adds it.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261203180000_OfferHowToApply")]
public class OfferHowToApply : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("HowToApply", "Offers", maxLength: FieldLengths.LongText, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("HowToApply", "Offers");
}
