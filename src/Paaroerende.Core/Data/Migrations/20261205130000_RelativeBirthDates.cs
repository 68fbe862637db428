using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// A relative's birth date, entered by staff for anyone under 18, so the portal knows a child's age on every day
/// (ADR 0038). Nullable: adults need none, and the relations recorded before keep only their "under 18" flag.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261205130000_RelativeBirthDates")]
public class RelativeBirthDates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateOnly>("BirthDate", "People", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("BirthDate", "People");
}
