using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Systematic feedback (issue #14 part 1, docs/adr/0037): a 1–5 rating per fixed theme, each optional, and staff's
/// answer when they close it. Feedback given before this has text only and no ratings.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261205120000_FeedbackRatings")]
public class FeedbackRatings : Migration
{
    private static readonly string[] RatingColumns = ["InformationRating", "ListenedToRating", "InvolvementRating", "StaffContactRating"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var column in RatingColumns)
        {
            migrationBuilder.AddColumn<int>(column, "UnitFeedback", nullable: true);
        }

        migrationBuilder.AddColumn<string>("Answer", "UnitFeedback", maxLength: FieldLengths.LongText, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("Answer", "UnitFeedback");
        foreach (var column in RatingColumns.Reverse())
        {
            migrationBuilder.DropColumn(column, "UnitFeedback");
        }
    }
}
