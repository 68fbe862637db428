using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// The calendar (issue #13 part 2, docs/adr/0036): a unit's events with the relatives' sign-ups, and meetings about a
/// citizen with the relatives invited and their answers.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261205110000_Calendar")]
public class Calendar : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;
        m.CreateTable(
            name: "UnitEvents",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                UnitId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Description = t.Column<string>(maxLength: Paaroerende.Core.Calendar.UnitEvent.DescriptionLength, nullable: false),
                Place = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                StartsAtUtc = t.Column<DateTime>(nullable: false),
                EndsAtUtc = t.Column<DateTime>(nullable: false),
                SignUpDeadlineUtc = t.Column<DateTime>(nullable: true),
                MaxGuests = t.Column<int>(nullable: true),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                CreatedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                CancelledAtUtc = t.Column<DateTime>(nullable: true),
                CancelledByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: true),
                CancelReason = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_UnitEvents", x => x.Id);
                t.ForeignKey("FK_UnitEvents_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_UnitEvents_UnitId_StartsAtUtc", "UnitEvents", ["UnitId", "StartsAtUtc"]);

        m.CreateTable(
            name: "EventSignUps",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EventId = t.Column<Guid>(nullable: false),
                PersonId = t.Column<Guid>(nullable: false),
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                Guests = t.Column<int>(nullable: false),
                AnsweredAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_EventSignUps", x => x.Id);
                t.ForeignKey("FK_EventSignUps_UnitEvents_EventId", x => x.EventId, "UnitEvents", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_EventSignUps_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_EventSignUps_EventId_PersonId", "EventSignUps", ["EventId", "PersonId"], unique: true);
        m.CreateIndex("IX_EventSignUps_PersonId", "EventSignUps", "PersonId");

        m.CreateTable(
            name: "CitizenMeetings",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CitizenId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Topic = t.Column<string>(maxLength: FieldLengths.Enum, nullable: true),
                StartsAtUtc = t.Column<DateTime>(nullable: false),
                EndsAtUtc = t.Column<DateTime>(nullable: false),
                Place = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                Note = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                CreatedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                CancelledAtUtc = t.Column<DateTime>(nullable: true),
                CancelledByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: true),
                CancelReason = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CitizenMeetings", x => x.Id);
                t.ForeignKey("FK_CitizenMeetings_Citizens_CitizenId", x => x.CitizenId, "Citizens", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_CitizenMeetings_CitizenId_StartsAtUtc", "CitizenMeetings", ["CitizenId", "StartsAtUtc"]);

        m.CreateTable(
            name: "MeetingInvitations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MeetingId = t.Column<Guid>(nullable: false),
                PersonId = t.Column<Guid>(nullable: false),
                RelationId = t.Column<Guid>(nullable: false),
                Reply = t.Column<string>(maxLength: FieldLengths.Enum, nullable: true),
                ReplyText = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                RepliedAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_MeetingInvitations", x => x.Id);
                t.ForeignKey("FK_MeetingInvitations_CitizenMeetings_MeetingId", x => x.MeetingId, "CitizenMeetings", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_MeetingInvitations_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_MeetingInvitations_Relations_RelationId", x => x.RelationId, "Relations", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_MeetingInvitations_MeetingId_PersonId", "MeetingInvitations", ["MeetingId", "PersonId"], unique: true);
        m.CreateIndex("IX_MeetingInvitations_PersonId", "MeetingInvitations", "PersonId");
        m.CreateIndex("IX_MeetingInvitations_RelationId", "MeetingInvitations", "RelationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MeetingInvitations");
        migrationBuilder.DropTable("CitizenMeetings");
        migrationBuilder.DropTable("EventSignUps");
        migrationBuilder.DropTable("UnitEvents");
    }
}
