using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Corrected events and meetings (issue #13, docs/adr/0041): when each was last corrected and last moved in time, its
/// .ics SEQUENCE, and append-only tables of what it said before each correction.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261206100000_CalendarCorrections")]
public class CalendarCorrections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        foreach (var table in new[] { "UnitEvents", "CitizenMeetings" })
        {
            m.AddColumn<DateTime>("CorrectedAtUtc", table, nullable: true);
            m.AddColumn<DateTime>("RescheduledAtUtc", table, nullable: true);
            m.AddColumn<int>("Sequence", table, nullable: false, defaultValue: 0);
        }

        m.CreateTable(
            name: "CitizenMeetingRevisions",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MeetingId = t.Column<Guid>(nullable: false),
                Place = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                StartsAtUtc = t.Column<DateTime>(nullable: false),
                EndsAtUtc = t.Column<DateTime>(nullable: false),
                Note = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                Reason = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
                RecordedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CitizenMeetingRevisions", x => x.Id);
                t.ForeignKey("FK_CitizenMeetingRevisions_CitizenMeetings_MeetingId", x => x.MeetingId, "CitizenMeetings", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_CitizenMeetingRevisions_MeetingId_RecordedAtUtc", "CitizenMeetingRevisions", ["MeetingId", "RecordedAtUtc"]);

        m.CreateTable(
            name: "UnitEventRevisions",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EventId = t.Column<Guid>(nullable: false),
                Place = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                StartsAtUtc = t.Column<DateTime>(nullable: false),
                EndsAtUtc = t.Column<DateTime>(nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Description = t.Column<string>(maxLength: Paaroerende.Core.Calendar.UnitEvent.DescriptionLength, nullable: false),
                Reason = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
                RecordedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_UnitEventRevisions", x => x.Id);
                t.ForeignKey("FK_UnitEventRevisions_UnitEvents_EventId", x => x.EventId, "UnitEvents", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_UnitEventRevisions_EventId_RecordedAtUtc", "UnitEventRevisions", ["EventId", "RecordedAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("UnitEventRevisions");
        migrationBuilder.DropTable("CitizenMeetingRevisions");
        foreach (var table in new[] { "CitizenMeetings", "UnitEvents" })
        {
            migrationBuilder.DropColumn("Sequence", table);
            migrationBuilder.DropColumn("RescheduledAtUtc", table);
            migrationBuilder.DropColumn("CorrectedAtUtc", table);
        }
    }
}
