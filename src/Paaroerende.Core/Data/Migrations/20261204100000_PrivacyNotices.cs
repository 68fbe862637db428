using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Paaroerende.Core.Privacy;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Each municipality's privacy notice (issue #14, docs/adr/0032): one row per municipality, keyed by it, written by its
/// administrator. No row until the administrator saves one; the public page shows its default text until then.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261204100000_PrivacyNotices")]
public class PrivacyNotices : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "PrivacyNotices",
            columns: t => new
            {
                MunicipalityId = t.Column<Guid>(nullable: false),
                ControllerAddress = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                ControllerCvr = t.Column<string>(maxLength: PrivacyNotice.CvrLength, nullable: true),
                ControllerEmail = t.Column<string>(maxLength: FieldLengths.Email, nullable: true),
                ControllerPhone = t.Column<string>(maxLength: FieldLengths.Phone, nullable: true),
                DpoName = t.Column<string>(maxLength: FieldLengths.Name, nullable: true),
                DpoEmail = t.Column<string>(maxLength: FieldLengths.Email, nullable: true),
                DpoPhone = t.Column<string>(maxLength: FieldLengths.Phone, nullable: true),
                PurposesMarkdown = t.Column<string>(maxLength: FieldLengths.LongText, nullable: true),
                LegalBasesMarkdown = t.Column<string>(maxLength: FieldLengths.LongText, nullable: true),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PrivacyNotices", x => x.MunicipalityId);
                t.ForeignKey("FK_PrivacyNotices_Municipalities_MunicipalityId", x => x.MunicipalityId, "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
            });

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable("PrivacyNotices");
}
