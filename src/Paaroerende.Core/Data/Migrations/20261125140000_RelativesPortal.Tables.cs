using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

public partial class RelativesPortal
{
    private static void CreateUnitNews(MigrationBuilder m)
    {
        m.CreateTable(
            name: "UnitNews",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                UnitId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                Body = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                PublishedAtUtc = t.Column<DateTime>(nullable: false),
                AuthorUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_UnitNews", x => x.Id);
                t.ForeignKey("FK_UnitNews_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_UnitNews_UnitId_PublishedAtUtc", "UnitNews", ["UnitId", "PublishedAtUtc"]);
    }

    private static void CreateExpectations(MigrationBuilder m)
    {
        m.CreateTable(
            name: "ExpectationAgreements",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                RelationId = t.Column<Guid>(nullable: false),
                Version = t.Column<int>(nullable: false),
                RelativeDoes = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                MunicipalityDoes = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                HowWeTalk = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                ContactPerson = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: false),
                NextReviewOn = t.Column<DateOnly>(nullable: false),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
                RecordedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ExpectationAgreements", x => x.Id);
                t.ForeignKey("FK_ExpectationAgreements_Relations_RelationId", x => x.RelationId,
                    "Relations", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex(
            "IX_ExpectationAgreements_RelationId_Version", "ExpectationAgreements", ["RelationId", "Version"], unique: true);

        m.CreateTable(
            name: "ExpectationAcknowledgements",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgreementId = t.Column<Guid>(nullable: false),
                PersonId = t.Column<Guid>(nullable: false),
                UserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                AcknowledgedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ExpectationAcknowledgements", x => x.Id);
                t.ForeignKey("FK_ExpectationAcknowledgements_ExpectationAgreements_AgreementId", x => x.AgreementId,
                    "ExpectationAgreements", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_ExpectationAcknowledgements_People_PersonId", x => x.PersonId,
                    "People", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex(
            "IX_ExpectationAcknowledgements_AgreementId", "ExpectationAcknowledgements", "AgreementId", unique: true);
        m.CreateIndex("IX_ExpectationAcknowledgements_PersonId", "ExpectationAcknowledgements", "PersonId");
    }

    private static void CreateCheckInsAndFeedback(MigrationBuilder m)
    {
        m.CreateTable(
            name: "WellbeingCheckIns",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                RelationId = t.Column<Guid>(nullable: false),
                SubmittedAtUtc = t.Column<DateTime>(nullable: false),
                Wellbeing = t.Column<int>(nullable: false),
                EnoughRest = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                EnoughSupport = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                Comment = t.Column<string>(maxLength: FieldLengths.LongText, nullable: true),
                WantsContact = t.Column<bool>(nullable: false),
                ContactHow = t.Column<string>(maxLength: FieldLengths.ShortText, nullable: true),
                HandledAtUtc = t.Column<DateTime>(nullable: true),
                HandledByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_WellbeingCheckIns", x => x.Id);
                t.ForeignKey("FK_WellbeingCheckIns_Relations_RelationId", x => x.RelationId,
                    "Relations", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_WellbeingCheckIns_RelationId_SubmittedAtUtc", "WellbeingCheckIns", ["RelationId", "SubmittedAtUtc"]);

        m.CreateTable(
            name: "UnitFeedback",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                UnitId = t.Column<Guid>(nullable: false),
                PersonId = t.Column<Guid>(nullable: true),
                CitizenId = t.Column<Guid>(nullable: true),
                Text = t.Column<string>(maxLength: FieldLengths.LongText, nullable: false),
                SubmittedOn = t.Column<DateOnly>(nullable: false),
                HandledAtUtc = t.Column<DateTime>(nullable: true),
                HandledByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_UnitFeedback", x => x.Id);
                t.ForeignKey("FK_UnitFeedback_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_UnitFeedback_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_UnitFeedback_Citizens_CitizenId", x => x.CitizenId,
                    "Citizens", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_UnitFeedback_UnitId_SubmittedOn", "UnitFeedback", ["UnitId", "SubmittedOn"]);
        m.CreateIndex("IX_UnitFeedback_PersonId", "UnitFeedback", "PersonId");
        m.CreateIndex("IX_UnitFeedback_CitizenId", "UnitFeedback", "CitizenId");
    }

    private static void CreateInvitations(MigrationBuilder m)
    {
        m.CreateTable(
            name: "RelativeInvitations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PersonId = t.Column<Guid>(nullable: false),
                Email = t.Column<string>(maxLength: FieldLengths.Email, nullable: false),
                TokenHash = t.Column<string>(maxLength: FieldLengths.TokenHash, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                ExpiresAtUtc = t.Column<DateTime>(nullable: false),
                AcceptedAtUtc = t.Column<DateTime>(nullable: true),
                InvitedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_RelativeInvitations", x => x.Id);
                t.ForeignKey("FK_RelativeInvitations_People_PersonId", x => x.PersonId,
                    "People", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_RelativeInvitations_TokenHash", "RelativeInvitations", "TokenHash", unique: true);
        m.CreateIndex("IX_RelativeInvitations_PersonId", "RelativeInvitations", "PersonId");
    }
}
