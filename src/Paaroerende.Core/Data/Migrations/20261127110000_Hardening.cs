using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Hardening (docs/adr/0018): the last accepted authenticator time-step per sign-in, so a code works once; and
/// expectation agreements with their acknowledgements made append-only underneath, as the consent history is, with the
/// retention purge as the one way to delete an ended relation's rows.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261127110000_Hardening")]
public class Hardening : Migration
{
    private static readonly string[] AgreementTables = ["ExpectationAgreements", "ExpectationAcknowledgements"];

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

        foreach (var table in AgreementTables)
        {
            AppendOnlyTriggers.Create(migrationBuilder, table);
            RetentionTriggers.AllowPurge(migrationBuilder, table, RetentionTriggers.AllowedForAgreements[table]);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in AgreementTables)
        {
            AppendOnlyTriggers.Drop(migrationBuilder, table);
        }

        migrationBuilder.DropTable("UsedAuthenticatorSteps");
    }
}
