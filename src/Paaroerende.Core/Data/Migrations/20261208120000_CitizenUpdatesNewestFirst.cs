using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// The staff's updates page shows a citizen's updates of every topic, newest first, twenty at a time. The only index
/// began (CitizenId, Topic, …), for the relative's page, so the staff's page read all of the citizen's updates and
/// sorted them: a cost that grew with every year of care. (CitizenId, PublishedAtUtc) gives a page from its end.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261208120000_CitizenUpdatesNewestFirst")]
public class CitizenUpdatesNewestFirst : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex("IX_CitizenUpdates_CitizenId_PublishedAtUtc", "CitizenUpdates", ["CitizenId", "PublishedAtUtc"]);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex("IX_CitizenUpdates_CitizenId_PublishedAtUtc", "CitizenUpdates");
}
