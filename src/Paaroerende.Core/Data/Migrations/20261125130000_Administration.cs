using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Administration: the administrators' audit log (append-only down to the database, like the relatives' log),
/// relatives' council meetings with minutes, staff invitations (hashed one-time tokens) and the deactivation time
/// of a user.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261125130000_Administration")]
public partial class Administration : Migration
{
    private const string AuditTable = "AdminAuditEntries";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "DeactivatedAtUtc", table: "AspNetUsers", nullable: true);
        CreateAdminAuditEntries(migrationBuilder);
        CreateCouncilMeetings(migrationBuilder);
        CreateStaffInvitations(migrationBuilder);
        AppendOnlyTriggers.Create(migrationBuilder, AuditTable);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        AppendOnlyTriggers.Drop(migrationBuilder, AuditTable);
        migrationBuilder.DropTable("StaffInvitations");
        migrationBuilder.DropTable("CouncilMeetings");
        migrationBuilder.DropTable(AuditTable);
        migrationBuilder.DropColumn("DeactivatedAtUtc", "AspNetUsers");
    }

    private static void CreateAdminAuditEntries(MigrationBuilder m)
    {
        m.CreateTable(
            name: AuditTable,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MunicipalityId = t.Column<Guid>(nullable: false),
                OccurredAtUtc = t.Column<DateTime>(nullable: false),
                ActorUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                ActorName = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                EntityType = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                EntityId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                Action = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Summary = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                BeforeJson = t.Column<string>(nullable: true),
                AfterJson = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_AdminAuditEntries", x => x.Id));
        m.CreateIndex(
            "IX_AdminAuditEntries_MunicipalityId_OccurredAtUtc", AuditTable, ["MunicipalityId", "OccurredAtUtc"]);
        m.CreateIndex(
            "IX_AdminAuditEntries_MunicipalityId_EntityType_OccurredAtUtc", AuditTable,
            ["MunicipalityId", "EntityType", "OccurredAtUtc"]);
    }

    private static void CreateCouncilMeetings(MigrationBuilder m)
    {
        m.CreateTable(
            name: "CouncilMeetings",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CouncilId = t.Column<Guid>(nullable: false),
                MeetingDate = t.Column<DateOnly>(nullable: false),
                Details = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                MinutesMarkdown = t.Column<string>(maxLength: FieldLengths.Markdown, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CouncilMeetings", x => x.Id);
                t.ForeignKey("FK_CouncilMeetings_RelativesCouncils_CouncilId", x => x.CouncilId,
                    "RelativesCouncils", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_CouncilMeetings_CouncilId_MeetingDate", "CouncilMeetings", ["CouncilId", "MeetingDate"]);
    }

    private static void CreateStaffInvitations(MigrationBuilder m)
    {
        m.CreateTable(
            name: "StaffInvitations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                TokenHash = t.Column<string>(maxLength: FieldLengths.TokenHash, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                ExpiresAtUtc = t.Column<DateTime>(nullable: false),
                AcceptedAtUtc = t.Column<DateTime>(nullable: true),
                InvitedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_StaffInvitations", x => x.Id);
                t.ForeignKey("FK_StaffInvitations_AspNetUsers_UserId", x => x.UserId,
                    "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_StaffInvitations_TokenHash", "StaffInvitations", "TokenHash", unique: true);
        m.CreateIndex("IX_StaffInvitations_UserId", "StaffInvitations", "UserId");
    }
}
