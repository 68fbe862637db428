using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

public partial class InitialSchema
{
    private static void CreateTenancy(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Municipalities",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Slug = t.Column<string>(maxLength: FieldLengths.Slug, nullable: false),
                Name = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                WebAddress = t.Column<string>(maxLength: FieldLengths.Url, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Municipalities", x => x.Id));
        m.CreateIndex("IX_Municipalities_Slug", "Municipalities", "Slug", unique: true);

        m.CreateTable(
            name: "Units",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MunicipalityId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                Type = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                StreetAddress = t.Column<string>(maxLength: FieldLengths.Name, nullable: true),
                PostalCode = t.Column<string>(maxLength: FieldLengths.PostalCode, nullable: true),
                City = t.Column<string>(maxLength: FieldLengths.Name, nullable: true),
                Phone = t.Column<string>(maxLength: FieldLengths.Phone, nullable: true),
                Email = t.Column<string>(maxLength: FieldLengths.Email, nullable: true),
                OpeningHours = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                VisitingHours = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Units", x => x.Id);
                t.ForeignKey("FK_Units_Municipalities_MunicipalityId", x => x.MunicipalityId,
                    "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_Units_MunicipalityId", "Units", "MunicipalityId");
    }
}
