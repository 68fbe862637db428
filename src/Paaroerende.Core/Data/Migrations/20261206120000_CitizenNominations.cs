using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Relatives the citizen names themself (ADR 0043): the nomination and its chosen topics wait here, apart from the
/// relations and consents the gate reads, until the relative accepts with MitID.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261206120000_CitizenNominations")]
public class CitizenNominations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CitizenNominations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CitizenId = t.Column<Guid>(nullable: false),
                FirstName = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                LastName = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                Email = t.Column<string>(maxLength: FieldLengths.Email, nullable: false),
                Kind = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                BirthDate = t.Column<DateOnly>(nullable: true),
                TokenHash = t.Column<string>(maxLength: FieldLengths.TokenHash, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                ExpiresAtUtc = t.Column<DateTime>(nullable: false),
                AcceptedAtUtc = t.Column<DateTime>(nullable: true),
                WithdrawnAtUtc = t.Column<DateTime>(nullable: true),
                NominatedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                RelationId = t.Column<Guid>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CitizenNominations", x => x.Id);
                t.ForeignKey("FK_CitizenNominations_Citizens_CitizenId", x => x.CitizenId,
                    "Citizens", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_CitizenNominations_TokenHash", "CitizenNominations", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_CitizenNominations_CitizenId", "CitizenNominations", "CitizenId");
        migrationBuilder.CreateIndex("IX_CitizenNominations_RelationId", "CitizenNominations", "RelationId");

        migrationBuilder.CreateTable(
            name: "CitizenNominationTopics",
            columns: t => new
            {
                NominationId = t.Column<Guid>(nullable: false),
                Topic = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Level = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CitizenNominationTopics", x => new { x.NominationId, x.Topic });
                t.ForeignKey("FK_CitizenNominationTopics_CitizenNominations_NominationId", x => x.NominationId,
                    "CitizenNominations", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CitizenNominationTopics");
        migrationBuilder.DropTable("CitizenNominations");
    }
}
