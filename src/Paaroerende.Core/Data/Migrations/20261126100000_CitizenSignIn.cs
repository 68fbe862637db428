using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>Citizens' invitations to the portal: hashed one-time tokens, like relatives' (docs/adr/0011).</summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261126100000_CitizenSignIn")]
public class CitizenSignIn : Migration
{
    private const string Table = "CitizenInvitations";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CitizenId = t.Column<Guid>(nullable: false),
                Email = t.Column<string>(maxLength: FieldLengths.Email, nullable: false),
                TokenHash = t.Column<string>(maxLength: FieldLengths.TokenHash, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                ExpiresAtUtc = t.Column<DateTime>(nullable: false),
                AcceptedAtUtc = t.Column<DateTime>(nullable: true),
                InvitedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CitizenInvitations", x => x.Id);
                t.ForeignKey("FK_CitizenInvitations_Citizens_CitizenId", x => x.CitizenId,
                    "Citizens", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_CitizenInvitations_TokenHash", Table, "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_CitizenInvitations_CitizenId", Table, "CitizenId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(Table);
}
