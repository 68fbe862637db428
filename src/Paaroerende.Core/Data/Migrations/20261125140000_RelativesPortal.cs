using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// The relatives' portal: the mail outbox, unit news, expectation agreements (versions and acknowledgements),
/// wellbeing check-ins, feedback to units and relatives' invitations (hashed one-time tokens). One login may now
/// stand behind several person records (one per municipality that nominated the relative).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261125140000_RelativesPortal")]
public partial class RelativesPortal : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateOutbox(migrationBuilder);
        CreateUnitNews(migrationBuilder);
        CreateExpectations(migrationBuilder);
        CreateCheckInsAndFeedback(migrationBuilder);
        CreateInvitations(migrationBuilder);
        migrationBuilder.DropIndex("IX_People_UserId", "People");
        migrationBuilder.CreateIndex("IX_People_UserId", "People", "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_People_UserId", "People");
        UniqueWhenSet.CreateIndex(migrationBuilder, "IX_People_UserId", "People", "UserId");
        string[] tablesChildrenFirst =
        [
            "RelativeInvitations", "UnitFeedback", "WellbeingCheckIns", "ExpectationAcknowledgements",
            "ExpectationAgreements", "UnitNews", "OutboxMessages",
        ];
        foreach (var table in tablesChildrenFirst)
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreateOutbox(MigrationBuilder m)
    {
        m.CreateTable(
            name: "OutboxMessages",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                To = t.Column<string>(maxLength: FieldLengths.Email, nullable: false),
                Subject = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Body = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                NextAttemptAtUtc = t.Column<DateTime>(nullable: false),
                Attempts = t.Column<int>(nullable: false),
                SentAtUtc = t.Column<DateTime>(nullable: true),
                FailedAtUtc = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Id));
        m.CreateIndex("IX_OutboxMessages_SentAtUtc_NextAttemptAtUtc", "OutboxMessages", ["SentAtUtc", "NextAttemptAtUtc"]);
    }
}
