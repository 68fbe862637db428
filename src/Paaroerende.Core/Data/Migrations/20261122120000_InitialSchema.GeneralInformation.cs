using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

public partial class InitialSchema
{
    private static void CreateGeneralInformation(MigrationBuilder m)
    {
        CreateDirectory(m);

        m.CreateTable(
            name: "InformationPages",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MunicipalityId = t.Column<Guid>(nullable: false),
                Slug = t.Column<string>(maxLength: FieldLengths.Slug, nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Summary = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                BodyMarkdown = t.Column<string>(maxLength: FieldLengths.Markdown, nullable: false),
                SortOrder = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_InformationPages", x => x.Id);
                t.ForeignKey("FK_InformationPages_Municipalities_MunicipalityId", x => x.MunicipalityId,
                    "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_InformationPages_MunicipalityId_Slug", "InformationPages", ["MunicipalityId", "Slug"], unique: true);

        m.CreateTable(
            name: "Offers",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MunicipalityId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Kind = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Description = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                LegalReference = t.Column<string>(maxLength: FieldLengths.Name, nullable: true),
                ContactName = t.Column<string>(maxLength: FieldLengths.Name, nullable: true),
                Phone = t.Column<string>(maxLength: FieldLengths.Phone, nullable: true),
                Email = t.Column<string>(maxLength: FieldLengths.Email, nullable: true),
                OpeningHours = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                WebAddress = t.Column<string>(maxLength: FieldLengths.Url, nullable: true),
                SortOrder = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Offers", x => x.Id);
                t.ForeignKey("FK_Offers_Municipalities_MunicipalityId", x => x.MunicipalityId,
                    "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_Offers_MunicipalityId_SortOrder", "Offers", ["MunicipalityId", "SortOrder"]);

        m.CreateTable(
            name: "RelativesCouncils",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MunicipalityId = t.Column<Guid>(nullable: false),
                UnitId = t.Column<Guid>(nullable: true),
                Name = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                Description = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                ContactEmail = t.Column<string>(maxLength: FieldLengths.Email, nullable: true),
                NextMeetingUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_RelativesCouncils", x => x.Id);
                t.ForeignKey("FK_RelativesCouncils_Municipalities_MunicipalityId", x => x.MunicipalityId,
                    "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_RelativesCouncils_Units_UnitId", x => x.UnitId,
                    "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_RelativesCouncils_MunicipalityId", "RelativesCouncils", "MunicipalityId");
        m.CreateIndex("IX_RelativesCouncils_UnitId", "RelativesCouncils", "UnitId");

        m.CreateTable(
            name: "UsefulLinks",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MunicipalityId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Url = t.Column<string>(maxLength: FieldLengths.Url, nullable: false),
                Description = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                SortOrder = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_UsefulLinks", x => x.Id);
                t.ForeignKey("FK_UsefulLinks_Municipalities_MunicipalityId", x => x.MunicipalityId,
                    "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_UsefulLinks_MunicipalityId", "UsefulLinks", "MunicipalityId");
    }

    private static void CreateDirectory(MigrationBuilder m)
    {
        m.CreateTable(
            name: "DirectoryCategories",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MunicipalityId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                SortOrder = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_DirectoryCategories", x => x.Id);
                t.ForeignKey("FK_DirectoryCategories_Municipalities_MunicipalityId", x => x.MunicipalityId,
                    "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_DirectoryCategories_MunicipalityId_SortOrder", "DirectoryCategories", ["MunicipalityId", "SortOrder"]);

        m.CreateTable(
            name: "DirectorySituations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CategoryId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Description = t.Column<string>(maxLength: FieldLengths.LongText, nullable: true),
                SortOrder = t.Column<int>(nullable: false),
                LastCheckedOn = t.Column<DateOnly>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_DirectorySituations", x => x.Id);
                t.ForeignKey("FK_DirectorySituations_DirectoryCategories_CategoryId", x => x.CategoryId,
                    "DirectoryCategories", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_DirectorySituations_CategoryId_SortOrder", "DirectorySituations", ["CategoryId", "SortOrder"]);

        m.CreateTable(
            name: "DirectoryContacts",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                SituationId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                Phone = t.Column<string>(maxLength: FieldLengths.Phone, nullable: true),
                Email = t.Column<string>(maxLength: FieldLengths.Email, nullable: true),
                OpeningHours = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                WebAddress = t.Column<string>(maxLength: FieldLengths.Url, nullable: true),
                Note = t.Column<string>(maxLength: FieldLengths.LongText, nullable: true),
                SortOrder = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_DirectoryContacts", x => x.Id);
                t.ForeignKey("FK_DirectoryContacts_DirectorySituations_SituationId", x => x.SituationId,
                    "DirectorySituations", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_DirectoryContacts_SituationId_SortOrder", "DirectoryContacts", ["SituationId", "SortOrder"]);
    }
}
