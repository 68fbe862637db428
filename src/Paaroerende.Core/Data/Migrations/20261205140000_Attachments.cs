using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Paaroerende.Core.Attachments;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Pictures and PDFs attached to updates, unit news and council minutes (issue #13 part 3, docs/adr/0039). The bytes
/// are a column of their own (BLOB, bytea, varbinary(max)), so every instance of a cluster serves them. No foreign key:
/// the owner is one of three tables, named by <c>OwnerKind</c>; the pages reach an attachment only through its owner.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261205140000_Attachments")]
public class Attachments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Attachments",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OwnerKind = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                OwnerId = t.Column<Guid>(nullable: false),
                FileName = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                ContentType = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                SizeBytes = t.Column<int>(nullable: false),
                AltText = t.Column<string>(maxLength: AttachmentIntake.MaxAltText, nullable: true),
                Content = t.Column<byte[]>(nullable: false),
                UploadedAtUtc = t.Column<DateTime>(nullable: false),
                UploadedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Attachments", x => x.Id));
        migrationBuilder.CreateIndex(
            "IX_Attachments_OwnerKind_OwnerId_UploadedAtUtc", "Attachments", ["OwnerKind", "OwnerId", "UploadedAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Attachments");
}
