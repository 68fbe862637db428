using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Paaroerende.Core.Attachments;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Pictures and PDFs with council minutes (docs/adr/0039): public general information, so a table of their own that
/// is not append-only and goes with its meeting (cascade), unlike the citizens' append-only <c>Attachments</c>.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261206140000_CouncilMeetingAttachments")]
public class CouncilMeetingAttachments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CouncilMeetingAttachments",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MeetingId = t.Column<Guid>(nullable: false),
                FileName = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                ContentType = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                SizeBytes = t.Column<int>(nullable: false),
                AltText = t.Column<string>(maxLength: AttachmentIntake.MaxAltText, nullable: true),
                Content = t.Column<byte[]>(nullable: false),
                UploadedAtUtc = t.Column<DateTime>(nullable: false),
                UploadedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CouncilMeetingAttachments", x => x.Id);
                t.ForeignKey("FK_CouncilMeetingAttachments_CouncilMeetings_MeetingId", x => x.MeetingId,
                    "CouncilMeetings", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            "IX_CouncilMeetingAttachments_MeetingId_UploadedAtUtc", "CouncilMeetingAttachments", ["MeetingId", "UploadedAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("CouncilMeetingAttachments");
}
