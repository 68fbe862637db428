using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Indexes for the personal-data export (issue #7, QueryPlanTests): a relative's or a citizen's copy of their data
/// looked up their sign-ins, the audit entries they made and the notices sent about them by reading whole tables.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261127120000_ExportIndexes")]
public class ExportIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_AspNetUsers_PersonId", "AspNetUsers", "PersonId");
        migrationBuilder.CreateIndex("IX_AspNetUsers_CitizenId", "AspNetUsers", "CitizenId");
        migrationBuilder.CreateIndex("IX_AuditEntries_ActorUserId_OccurredAtUtc", "AuditEntries", ["ActorUserId", "OccurredAtUtc"]);
        migrationBuilder.CreateIndex("IX_SentNotifications_PersonId", "SentNotifications", "PersonId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_SentNotifications_PersonId", "SentNotifications");
        migrationBuilder.DropIndex("IX_AuditEntries_ActorUserId_OccurredAtUtc", "AuditEntries");
        migrationBuilder.DropIndex("IX_AspNetUsers_CitizenId", "AspNetUsers");
        migrationBuilder.DropIndex("IX_AspNetUsers_PersonId", "AspNetUsers");
    }
}
