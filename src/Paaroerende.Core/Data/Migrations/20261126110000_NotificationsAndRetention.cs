using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Notifications (the users' choices, the log of notices sent, the jobs' watermarks) and retention (the record of each
/// purge run, and triggers that let only an open purge run delete old audit entries and consent records).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261126110000_NotificationsAndRetention")]
public class NotificationsAndRetention : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateNotificationTables(migrationBuilder);
        CreateRetentionRuns(migrationBuilder);
        RetentionTriggers.Create(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        RetentionTriggers.Drop(migrationBuilder);
        foreach (var table in new[] { "RetentionRuns", "JobWatermarks", "SentNotifications", "NotificationPreferences" })
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreateNotificationTables(MigrationBuilder m)
    {
        m.CreateTable(
            name: "NotificationPreferences",
            columns: t => new
            {
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                DailyDigest = t.Column<bool>(nullable: false),
                ReadAlerts = t.Column<bool>(nullable: false),
                DigestCoveredUntilUtc = t.Column<DateTime>(nullable: true),
                NextDigestAtUtc = t.Column<DateTime>(nullable: true),
                ReadsCoveredUntilUtc = t.Column<DateTime>(nullable: true),
                NextReadAlertAtUtc = t.Column<DateTime>(nullable: true),
                ChangedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_NotificationPreferences", x => x.UserId);
                t.ForeignKey("FK_NotificationPreferences_AspNetUsers_UserId", x => x.UserId,
                    "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable(
            name: "SentNotifications",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                CitizenId = t.Column<Guid>(nullable: true),
                PersonId = t.Column<Guid>(nullable: true),
                RelationId = t.Column<Guid>(nullable: true),
                Count = t.Column<int>(nullable: true),
                QueuedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_SentNotifications", x => x.Id));
        m.CreateIndex("IX_SentNotifications_UserId", "SentNotifications", "UserId");
        m.CreateIndex("IX_SentNotifications_CitizenId", "SentNotifications", "CitizenId");
        m.CreateIndex("IX_SentNotifications_QueuedAtUtc", "SentNotifications", "QueuedAtUtc");

        m.CreateTable(
            name: "JobWatermarks",
            columns: t => new
            {
                Name = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                CoveredUntilUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_JobWatermarks", x => x.Name));
    }

    private static void CreateRetentionRuns(MigrationBuilder m)
    {
        m.CreateTable(
            name: "RetentionRuns",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                StartedAtUtc = t.Column<DateTime>(nullable: false),
                CompletedAtUtc = t.Column<DateTime>(nullable: true),
                AuditCutoffUtc = t.Column<DateTime>(nullable: false),
                RelationsCutoffUtc = t.Column<DateTime>(nullable: false),
                AuditEntriesDeleted = t.Column<int>(nullable: false),
                ConsentRecordsDeleted = t.Column<int>(nullable: false),
                RelationsDeleted = t.Column<int>(nullable: false),
                PeopleDeleted = t.Column<int>(nullable: false),
                OtherRowsDeleted = t.Column<int>(nullable: false),
                FeedbackAnonymised = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_RetentionRuns", x => x.Id));
        m.CreateIndex("IX_RetentionRuns_StartedAtUtc", "RetentionRuns", "StartedAtUtc");
    }
}
