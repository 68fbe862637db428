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

        CreateRevisionTable(m, "CitizenUpdateRevisions", "UpdateId", "CitizenUpdates");
        CreateRevisionTable(m, "UnitNewsRevisions", "NewsId", "UnitNews");
    }

    /// <summary>The earlier texts of one kind of published text, pointing at it by <paramref name="key"/>.</summary>
    private static void CreateRevisionTable(MigrationBuilder m, string name, string key, string itemTable)
    {
        m.CreateTable(
            name: name,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Item = t.Column<Guid>(name: key, nullable: false),
                Change = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Body = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                Reason = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
                RecordedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey($"PK_{name}", x => x.Id);
                t.ForeignKey($"FK_{name}_{itemTable}_{key}", x => x.Item, itemTable, "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex($"IX_{name}_{key}_RecordedAtUtc", name, [key, "RecordedAtUtc"]);
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
