using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Corrected and withdrawn updates (issue #13, docs/adr/0034): when an update was last corrected or withdrawn, and an
/// append-only table of what it said before each change.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261204120000_UpdateCorrections")]
public class UpdateCorrections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.AddColumn<DateTime>("CorrectedAtUtc", "CitizenUpdates", nullable: true);
        m.AddColumn<DateTime>("WithdrawnAtUtc", "CitizenUpdates", nullable: true);
        m.CreateTable(
            name: "CitizenUpdateRevisions",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                UpdateId = t.Column<Guid>(nullable: false),
                Change = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Body = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                Reason = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
                RecordedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CitizenUpdateRevisions", x => x.Id);
                t.ForeignKey("FK_CitizenUpdateRevisions_CitizenUpdates_UpdateId", x => x.UpdateId, "CitizenUpdates", "Id",
                    onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_CitizenUpdateRevisions_UpdateId_RecordedAtUtc", "CitizenUpdateRevisions", ["UpdateId", "RecordedAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CitizenUpdateRevisions");
        migrationBuilder.DropColumn("WithdrawnAtUtc", "CitizenUpdates");
        migrationBuilder.DropColumn("CorrectedAtUtc", "CitizenUpdates");
    }
}
