using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Paaroerende.Core.Sendings;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// The keys of forms already sent, so that a form sent twice (a second tap on a slow connection) does its work once
/// (docs/adr/0060).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261209120000_FormSendingKeys")]
public class FormSendingKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FormSendings",
            columns: t => new
            {
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                Key = t.Column<string>(maxLength: FormSendings.KeyLength, nullable: false),
                SentAtUtc = t.Column<DateTime>(nullable: false),
                Location = t.Column<string>(maxLength: FieldLengths.Url, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_FormSendings", x => new { x.UserId, x.Key }));
        migrationBuilder.CreateIndex("IX_FormSendings_SentAtUtc", "FormSendings", "SentAtUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("FormSendings");
}
