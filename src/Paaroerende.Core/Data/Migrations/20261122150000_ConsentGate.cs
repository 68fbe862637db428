using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// The consent gate's tables: how a consent was given, a strict order per decision line, citizen updates and the
/// audit log. Consent records and audit entries are append-only down to the database: triggers refuse UPDATE and
/// DELETE, whatever code path tries.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261122150000_ConsentGate")]
public partial class ConsentGate : Migration
{
    private static readonly string[] AppendOnlyTables = ["ConsentRecords", "AuditEntries"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "GivenHow", table: "ConsentRecords", maxLength: FieldLengths.Enum, nullable: false, defaultValue: "Oral");
        migrationBuilder.DropIndex("IX_ConsentRecords_RelationId_Topic_RecordedAtUtc", "ConsentRecords");
        migrationBuilder.CreateIndex(
            "IX_ConsentRecords_RelationId_Topic_Basis_RecordedAtUtc", "ConsentRecords",
            ["RelationId", "Topic", "Basis", "RecordedAtUtc"], unique: true);

        CreateCitizenUpdates(migrationBuilder);
        CreateAuditEntries(migrationBuilder);
        foreach (var table in AppendOnlyTables)
        {
            AppendOnlyTriggers.Create(migrationBuilder, table);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in AppendOnlyTables)
        {
            AppendOnlyTriggers.Drop(migrationBuilder, table);
        }

        migrationBuilder.DropTable("AuditEntries");
        migrationBuilder.DropTable("CitizenUpdates");
        migrationBuilder.DropIndex("IX_ConsentRecords_RelationId_Topic_Basis_RecordedAtUtc", "ConsentRecords");
        migrationBuilder.CreateIndex(
            "IX_ConsentRecords_RelationId_Topic_RecordedAtUtc", "ConsentRecords", ["RelationId", "Topic", "RecordedAtUtc"]);
        migrationBuilder.DropColumn("GivenHow", "ConsentRecords");
    }

    private static void CreateCitizenUpdates(MigrationBuilder m)
    {
        m.CreateTable(
            name: "CitizenUpdates",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CitizenId = t.Column<Guid>(nullable: false),
                Topic = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Body = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                PublishedAtUtc = t.Column<DateTime>(nullable: false),
                AuthorUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CitizenUpdates", x => x.Id);
                t.ForeignKey("FK_CitizenUpdates_Citizens_CitizenId", x => x.CitizenId,
                    "Citizens", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex(
            "IX_CitizenUpdates_CitizenId_Topic_PublishedAtUtc", "CitizenUpdates", ["CitizenId", "Topic", "PublishedAtUtc"]);
    }

    private static void CreateAuditEntries(MigrationBuilder m)
    {
        m.CreateTable(
            name: "AuditEntries",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OccurredAtUtc = t.Column<DateTime>(nullable: false),
                ActorUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                Action = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Outcome = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                CitizenId = t.Column<Guid>(nullable: true),
                PersonId = t.Column<Guid>(nullable: true),
                RelationId = t.Column<Guid>(nullable: true),
                Topic = t.Column<string>(maxLength: FieldLengths.Enum, nullable: true),
                Detail = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        m.CreateIndex("IX_AuditEntries_CitizenId_OccurredAtUtc", "AuditEntries", ["CitizenId", "OccurredAtUtc"]);
        m.CreateIndex("IX_AuditEntries_PersonId_OccurredAtUtc", "AuditEntries", ["PersonId", "OccurredAtUtc"]);
    }
}
