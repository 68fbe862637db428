using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Paaroerende.Core.Consents;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Consent engine v2 (docs/adr/0020): each grant's disclosure start on the history, and the current-access table that
/// relatives' pages read instead of the history, filled from the history by the same statement as the rebuild command.
/// Grants recorded before this had no disclosure start; they get their relation's start, so a relative keeps what was
/// published while they were a relative and nothing from before (the old rule showed everything in the topic).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261203120000_CurrentConsents")]
public class CurrentConsents : Migration
{
    private const string Backfill = """
        UPDATE "ConsentRecords" SET "DisclosesFromUtc" =
            (SELECT r."RecordedAtUtc" FROM "Relations" r WHERE r."Id" = "ConsentRecords"."RelationId")
        WHERE "Level" IN ('Informed', 'Involved')
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("DisclosesFromUtc", "ConsentRecords", nullable: true);
        BackfillPastTheAppendOnlyTrigger(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "CurrentConsents",
            columns: t => new
            {
                RelationId = t.Column<Guid>(nullable: false),
                Topic = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Basis = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                PersonId = t.Column<Guid>(nullable: false),
                CitizenId = t.Column<Guid>(nullable: false),
                Level = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                ValidFromUtc = t.Column<DateTime>(nullable: false),
                ValidUntilUtc = t.Column<DateTime>(nullable: true),
                DisclosesFromUtc = t.Column<DateTime>(nullable: true),
                RecordId = t.Column<Guid>(nullable: false),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CurrentConsents", x => new { x.RelationId, x.Topic, x.Basis });
                t.ForeignKey("FK_CurrentConsents_Relations_RelationId", x => x.RelationId,
                    "Relations", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_CurrentConsents_ConsentRecords_RecordId", x => x.RecordId,
                    "ConsentRecords", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            "IX_CurrentConsents_PersonId_CitizenId_Topic", "CurrentConsents", ["PersonId", "CitizenId", "Topic"]);
        migrationBuilder.CreateIndex("IX_CurrentConsents_RecordId", "CurrentConsents", "RecordId");
        // It reads the column added above: on SQL Server it must wait for it (SqlServerBatch).
        migrationBuilder.Sql(migrationBuilder.IsSqlServer() ? SqlServerBatch.Alone(CurrentConsentRebuild.FillSql) : CurrentConsentRebuild.FillSql);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CurrentConsents");
        migrationBuilder.DropColumn("DisclosesFromUtc", "ConsentRecords");
    }

    /// <summary>The history refuses every UPDATE; this one-time fill of a new column steps past it and puts it back.</summary>
    private static void BackfillPastTheAppendOnlyTrigger(MigrationBuilder m)
    {
        if (m.IsSqlite())
        {
            m.Sql("DROP TRIGGER \"ConsentRecords_AppendOnly_UPDATE\";");
            m.Sql($"{AppendOnlyGuard.MigrationBackfillTag}\n{Backfill};");
            m.Sql("""
                CREATE TRIGGER "ConsentRecords_AppendOnly_UPDATE" BEFORE UPDATE ON "ConsentRecords"
                BEGIN SELECT RAISE(ABORT, 'ConsentRecords is append-only'); END;
                """);
        }
        else if (m.IsNpgsql())
        {
            m.Sql($"""
                {AppendOnlyGuard.MigrationBackfillTag}
                ALTER TABLE "ConsentRecords" DISABLE TRIGGER "ConsentRecords_AppendOnly";
                {Backfill};
                ALTER TABLE "ConsentRecords" ENABLE TRIGGER "ConsentRecords_AppendOnly";
                """);
        }
        else if (m.IsSqlServer())
        {
            // The same statements as PostgreSQL's (T-SQL reads ALTER TABLE … DISABLE/ENABLE TRIGGER alike); the UPDATE
            // names the column added above, so it runs through EXEC (SqlServerBatch). The tag stays first for the guard.
            m.Sql($"""
                {AppendOnlyGuard.MigrationBackfillTag}
                ALTER TABLE "ConsentRecords" DISABLE TRIGGER "ConsentRecords_AppendOnly";
                {SqlServerBatch.Alone(Backfill)}
                ALTER TABLE "ConsentRecords" ENABLE TRIGGER "ConsentRecords_AppendOnly";
                """);
        }
        else
        {
            throw new NotSupportedException($"The disclosure backfill for {m.ActiveProvider} is not written yet.");
        }
    }
}
