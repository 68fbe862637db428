using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Paaroerende.Core.RateLimiting;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Rate-limit windows counted in the database, so the limits on sign-in, invitations and password resets hold across
/// every instance of the portal (ADR 0040).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261205150000_SharedRateLimits")]
public class SharedRateLimits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "RateLimitWindows",
            columns: t => new
            {
                Key = t.Column<string>(maxLength: SharedRateLimitCounter.KeyLength, nullable: false),
                WindowStart = t.Column<long>(nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_RateLimitWindows", x => new { x.Key, x.WindowStart }));
        migrationBuilder.CreateIndex("IX_RateLimitWindows_WindowStart", "RateLimitWindows", "WindowStart");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("RateLimitWindows");
}
