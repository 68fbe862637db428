using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Hardening (docs/adr/0018): the last accepted authenticator time-step per sign-in, so a code works once.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261127110000_Hardening")]
public class Hardening : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "UsedAuthenticatorSteps",
            columns: t => new
            {
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                LastTimeStep = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_UsedAuthenticatorSteps", x => x.UserId);
                t.ForeignKey("FK_UsedAuthenticatorSteps_AspNetUsers_UserId", x => x.UserId,
                    "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("UsedAuthenticatorSteps");
}
