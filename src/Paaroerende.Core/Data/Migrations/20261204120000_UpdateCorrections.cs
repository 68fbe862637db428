using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Corrected and withdrawn updates and unit news (issue #13, docs/adr/0034): when each was last corrected or withdrawn,
/// and append-only tables of what it said before each change.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261204120000_UpdateCorrections")]
public class UpdateCorrections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        foreach (var table in new[] { "CitizenUpdates", "UnitNews" })
        {
            m.AddColumn<DateTime>("CorrectedAtUtc", table, nullable: true);
            m.AddColumn<DateTime>("WithdrawnAtUtc", table, nullable: true);
        }

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

        m.CreateTable(
            name: "UnitNewsRevisions",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                NewsId = t.Column<Guid>(nullable: false),
                Change = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Body = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                Reason = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
                RecordedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_UnitNewsRevisions", x => x.Id);
                t.ForeignKey("FK_UnitNewsRevisions_UnitNews_NewsId", x => x.NewsId, "UnitNews", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_UnitNewsRevisions_NewsId_RecordedAtUtc", "UnitNewsRevisions", ["NewsId", "RecordedAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("UnitNewsRevisions");
        migrationBuilder.DropTable("CitizenUpdateRevisions");
        foreach (var table in new[] { "UnitNews", "CitizenUpdates" })
        {
            migrationBuilder.DropColumn("WithdrawnAtUtc", table);
            migrationBuilder.DropColumn("CorrectedAtUtc", table);
        }
    }
}
