using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Privacy;

/// <summary>
/// The cooperation tables of the relatives' portal (agreements, acknowledgements, check-ins, feedback, invitations)
/// for one subject's relations, as part of the GDPR export. Invitation tokens stay out: they are secrets, not data
/// about the person.
/// </summary>
internal static class CooperationData
{
    /// <summary>
    /// The citizen's copy (also the one staff produce for her): the agreements and invitations of her relations, and no
    /// relative's check-in or feedback. Those are the relative's own, and the pages promised the relative that staff
    /// alone would see them (a check-in only with a contact request), never the citizen.
    /// </summary>
    public static async Task<CooperationRows> ForCitizenAsync(PortalDbContext db, IQueryable<Relation> relations, CancellationToken ct)
    {
        var relationIds = relations.Select(r => r.Id);
        var personIds = relations.Select(r => r.PersonId);
        return new CooperationRows(
            await AgreementsAsync(db.ExpectationAgreements.Where(a => relationIds.Contains(a.RelationId)), ct),
            await AcknowledgementsAsync(db.ExpectationAcknowledgements.Where(k => relationIds.Contains(k.Agreement!.RelationId)), ct),
            [],
            [],
            await InvitationsAsync(db.RelativeInvitations.Where(i => personIds.Contains(i.PersonId)), ct));
    }

    /// <summary>The relative's copy: everything of the person records' relations and everything they sent.</summary>
    public static async Task<CooperationRows> ForRelativeAsync(
        PortalDbContext db, IReadOnlyCollection<Guid> relationIds, IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var checkIns = await db.WellbeingCheckIns.AsNoTracking().Where(c => relationIds.Contains(c.RelationId))
            .OrderBy(c => c.SubmittedAtUtc)
            .Select(c => new CheckInRow(c.Id, c.RelationId, c.SubmittedAtUtc, c.Wellbeing, c.EnoughRest, c.EnoughSupport,
                c.Comment, c.WantsContact, c.ContactHow, c.HandledAtUtc))
            .ToListAsync(ct);
        var feedback = await db.UnitFeedback.AsNoTracking().Where(f => f.PersonId != null && personIds.Contains(f.PersonId.Value))
            .OrderBy(f => f.SubmittedOn)
            .Select(f => new FeedbackRow(f.Id, f.UnitId, f.PersonId, f.CitizenId, f.Text, f.SubmittedOn, f.HandledAtUtc,
                f.InformationRating, f.ListenedToRating, f.InvolvementRating, f.StaffContactRating, f.Answer))
            .ToListAsync(ct);
        return new CooperationRows(
            await AgreementsAsync(db.ExpectationAgreements.Where(a => relationIds.Contains(a.RelationId)), ct),
            await AcknowledgementsAsync(PersonalDataExport.EitherOf(
                db.ExpectationAcknowledgements.Where(k => relationIds.Contains(k.Agreement!.RelationId)),
                db.ExpectationAcknowledgements.Where(k => personIds.Contains(k.PersonId))), ct),
            checkIns,
            feedback,
            await InvitationsAsync(db.RelativeInvitations.Where(i => personIds.Contains(i.PersonId)), ct));
    }

    private static Task<List<AgreementRow>> AgreementsAsync(IQueryable<Expectations.ExpectationAgreement> agreements, CancellationToken ct) =>
        agreements.AsNoTracking()
            .OrderBy(a => a.RecordedAtUtc)
            .Select(a => new AgreementRow(a.Id, a.RelationId, a.Version, a.RelativeDoes, a.MunicipalityDoes, a.HowWeTalk,
                a.ContactPerson, a.NextReviewOn, a.RecordedAtUtc))
            .ToListAsync(ct);

    private static Task<List<AcknowledgementRow>> AcknowledgementsAsync(IQueryable<Expectations.ExpectationAcknowledgement> acknowledgements, CancellationToken ct) =>
        acknowledgements.AsNoTracking()
            .OrderBy(k => k.AcknowledgedAtUtc)
            .Select(k => new AcknowledgementRow(k.Id, k.AgreementId, k.PersonId, k.AcknowledgedAtUtc))
            .ToListAsync(ct);

    private static Task<List<InvitationRow>> InvitationsAsync(IQueryable<RelativeInvitation> invitations, CancellationToken ct) =>
        invitations.AsNoTracking()
            .OrderBy(i => i.CreatedAtUtc)
            .Select(i => new InvitationRow(i.Id, i.PersonId, i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
            .ToListAsync(ct);
}

internal sealed record CooperationRows(
    IReadOnlyList<AgreementRow> Agreements, IReadOnlyList<AcknowledgementRow> Acknowledgements,
    IReadOnlyList<CheckInRow> CheckIns, IReadOnlyList<FeedbackRow> Feedback, IReadOnlyList<InvitationRow> Invitations);

public sealed record AgreementRow(
    Guid Id, Guid RelationId, int Version, string RelativeDoes, string MunicipalityDoes, string HowWeTalk,
    string ContactPerson, DateOnly NextReviewOn, DateTime RecordedAtUtc);

public sealed record AcknowledgementRow(Guid Id, Guid AgreementId, Guid PersonId, DateTime AcknowledgedAtUtc);

public sealed record CheckInRow(
    Guid Id, Guid RelationId, DateTime SubmittedAtUtc, int Wellbeing, CheckInAnswer EnoughRest, CheckInAnswer EnoughSupport,
    string? Comment, bool WantsContact, string? ContactHow, DateTime? HandledAtUtc);

public sealed record FeedbackRow(
    Guid Id, Guid UnitId, Guid? PersonId, Guid? CitizenId, string Text, DateOnly SubmittedOn, DateTime? HandledAtUtc,
    int? InformationRating, int? ListenedToRating, int? InvolvementRating, int? StaffContactRating, string? Answer);

public sealed record InvitationRow(
    Guid Id, Guid PersonId, string Email, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? AcceptedAtUtc);
