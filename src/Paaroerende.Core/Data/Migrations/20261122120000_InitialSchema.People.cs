using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

public partial class InitialSchema
{
    private static void CreatePeople(MigrationBuilder m)
    {
        m.CreateTable(
            name: "StaffUnitAssignments",
            columns: t => new
            {
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                UnitId = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_StaffUnitAssignments", x => new { x.UserId, x.UnitId });
                t.ForeignKey("FK_StaffUnitAssignments_AspNetUsers_UserId", x => x.UserId,
                    "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_StaffUnitAssignments_Units_UnitId", x => x.UnitId,
                    "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_StaffUnitAssignments_UnitId", "StaffUnitAssignments", "UnitId");

        m.CreateTable(
            name: "Citizens",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                MunicipalityId = t.Column<Guid>(nullable: false),
                UnitId = t.Column<Guid>(nullable: false),
                FirstName = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                LastName = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                BirthDate = t.Column<DateOnly>(nullable: false),
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Citizens", x => x.Id);
                t.ForeignKey("FK_Citizens_AspNetUsers_UserId", x => x.UserId,
                    "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_Citizens_Municipalities_MunicipalityId", x => x.MunicipalityId,
                    "Municipalities", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_Citizens_Units_UnitId", x => x.UnitId,
                    "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_Citizens_MunicipalityId", "Citizens", "MunicipalityId");
        m.CreateIndex("IX_Citizens_UnitId_LastName_FirstName", "Citizens", ["UnitId", "LastName", "FirstName"]);
        UniqueWhenSet.CreateIndex(m, "IX_Citizens_UserId", "Citizens", "UserId");

        m.CreateTable(
            name: "People",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                FirstName = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                LastName = t.Column<string>(maxLength: FieldLengths.Name, nullable: false),
                Email = t.Column<string>(maxLength: FieldLengths.Email, nullable: true),
                Phone = t.Column<string>(maxLength: FieldLengths.Phone, nullable: true),
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_People", x => x.Id);
                t.ForeignKey("FK_People_AspNetUsers_UserId", x => x.UserId,
                    "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            });
        UniqueWhenSet.CreateIndex(m, "IX_People_UserId", "People", "UserId");

        CreateRelationsAndConsents(m);
    }

    private static void CreateRelationsAndConsents(MigrationBuilder m)
    {
        m.CreateTable(
            name: "Relations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CitizenId = t.Column<Guid>(nullable: false),
                PersonId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                RelativeIsMinor = t.Column<bool>(nullable: false),
                NominationMethod = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
                RecordedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                EndedAtUtc = t.Column<DateTime>(nullable: true),
                EndedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: true),
                EndedBy = t.Column<string>(maxLength: FieldLengths.Enum, nullable: true),
                EndReason = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Relations", x => x.Id);
                t.ForeignKey("FK_Relations_Citizens_CitizenId", x => x.CitizenId,
                    "Citizens", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_Relations_People_PersonId", x => x.PersonId,
                    "People", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_Relations_CitizenId", "Relations", "CitizenId");
        m.CreateIndex("IX_Relations_PersonId_CitizenId", "Relations", ["PersonId", "CitizenId"]);

        m.CreateTable(
            name: "ConsentRecords",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                RelationId = t.Column<Guid>(nullable: false),
                Topic = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Level = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Basis = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                BasisScope = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                ValidFromUtc = t.Column<DateTime>(nullable: false),
                ValidUntilUtc = t.Column<DateTime>(nullable: true),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
                RecordedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                Note = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ConsentRecords", x => x.Id);
                t.ForeignKey("FK_ConsentRecords_Relations_RelationId", x => x.RelationId,
                    "Relations", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex(
            "IX_ConsentRecords_RelationId_Topic_RecordedAtUtc", "ConsentRecords",
            ["RelationId", "Topic", "RecordedAtUtc"]);
    }
}
