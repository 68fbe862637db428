using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Privacy;

/// <summary>
/// The cooperation tables of the relatives' portal (agreements, acknowledgements, check-ins, feedback, invitations)
/// for one subject's relations, as part of the GDPR export. Invitation tokens stay out: they are secrets, not data
/// about the person.
/// </summary>
internal static class CooperationData
{
    public static async Task<CooperationRows> ForAsync(
        PortalDbContext db, IQueryable<Relation> relations, Guid? citizenId, Guid? personId, CancellationToken ct)
    {
        var relationIds = relations.Select(r => r.Id);
        var agreements = await db.ExpectationAgreements.AsNoTracking().Where(a => relationIds.Contains(a.RelationId))
            .OrderBy(a => a.RecordedAtUtc)
            .Select(a => new AgreementRow(a.Id, a.RelationId, a.Version, a.RelativeDoes, a.MunicipalityDoes, a.HowWeTalk,
                a.ContactPerson, a.NextReviewOn, a.RecordedAtUtc))
            .ToListAsync(ct);
        var acknowledgements = await PersonalDataExport.EitherOf(
                db.ExpectationAcknowledgements.Where(k => relationIds.Contains(k.Agreement!.RelationId)),
                db.ExpectationAcknowledgements.Where(k => k.PersonId == personId))
            .AsNoTracking()
            .OrderBy(k => k.AcknowledgedAtUtc)
            .Select(k => new AcknowledgementRow(k.Id, k.AgreementId, k.PersonId, k.AcknowledgedAtUtc))
            .ToListAsync(ct);
        var checkIns = await db.WellbeingCheckIns.AsNoTracking().Where(c => relationIds.Contains(c.RelationId))
            .OrderBy(c => c.SubmittedAtUtc)
            .Select(c => new CheckInRow(c.Id, c.RelationId, c.SubmittedAtUtc, c.Wellbeing, c.EnoughRest, c.EnoughSupport,
                c.Comment, c.WantsContact, c.ContactHow, c.HandledAtUtc))
            .ToListAsync(ct);
        var feedback = await db.UnitFeedback.AsNoTracking()
            .Where(f => (citizenId != null && f.CitizenId == citizenId) || (personId != null && f.PersonId == personId))
            .OrderBy(f => f.SubmittedOn)
            .Select(f => new FeedbackRow(f.Id, f.UnitId, f.PersonId, f.CitizenId, f.Text, f.SubmittedOn, f.HandledAtUtc))
            .ToListAsync(ct);
        var personIds = relations.Select(r => r.PersonId);
        var invitations = await db.RelativeInvitations.AsNoTracking()
            .Where(i => (personId != null && i.PersonId == personId) || (citizenId != null && personIds.Contains(i.PersonId)))
            .OrderBy(i => i.CreatedAtUtc)
            .Select(i => new InvitationRow(i.Id, i.PersonId, i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
            .ToListAsync(ct);
        return new CooperationRows(agreements, acknowledgements, checkIns, feedback, invitations);
    }
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
    Guid Id, Guid UnitId, Guid? PersonId, Guid? CitizenId, string Text, DateOnly SubmittedOn, DateTime? HandledAtUtc);

public sealed record InvitationRow(
    Guid Id, Guid PersonId, string Email, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? AcceptedAtUtc);
