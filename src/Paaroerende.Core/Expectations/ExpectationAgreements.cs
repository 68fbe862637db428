using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Expectations;

/// <summary>What an expectation agreement says. Personal care is never the relative's job (the policies agree).</summary>
public sealed record ExpectationContent(
    string RelativeDoes, string MunicipalityDoes, string HowWeTalk, string ContactPerson, DateOnly NextReviewOn);

/// <summary>
/// Staff record expectation agreements as numbered versions (a revision is a new version; none is ever changed), and
/// the relative acknowledges one specific version. Both are audited in the same transaction.
/// </summary>
public sealed class ExpectationAgreements(PortalDbContext db, AuditLog audit, StaffScope scope, TimeProvider clock)
{
    /// <returns>The new version's number.</returns>
    public async Task<int> RecordVersionAsync(
        string staffUserId, Guid relationId, ExpectationContent content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var relation = await scope.Relations(staffUserId).AsNoTracking().SingleOrDefaultAsync(r => r.Id == relationId, ct)
            ?? throw new NotFoundException();
        if (relation.EndedAtUtc is not null)
        {
            throw new InvalidOperationException("An expectation agreement cannot be recorded on an ended relation.");
        }

        var version = 1 + (await db.ExpectationAgreements.Where(a => a.RelationId == relationId)
            .Select(a => (int?)a.Version).MaxAsync(ct) ?? 0);
        db.ExpectationAgreements.Add(new ExpectationAgreement
        {
            Id = Guid.NewGuid(),
            RelationId = relationId,
            Version = version,
            RelativeDoes = content.RelativeDoes,
            MunicipalityDoes = content.MunicipalityDoes,
            HowWeTalk = content.HowWeTalk,
            ContactPerson = content.ContactPerson,
            NextReviewOn = content.NextReviewOn,
            RecordedAtUtc = Instant.Now(clock),
            RecordedByUserId = staffUserId,
        });
        audit.Add(staffUserId, AuditAction.ExpectationsRecorded, AuditOutcome.Recorded, relation.CitizenId,
            relation.PersonId, relation.Id, detail: $"Version {version}");
        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>The newest version of the relation's agreement, or null when none has been recorded.</summary>
    public Task<ExpectationAgreement?> CurrentAsync(Guid relationId, CancellationToken ct = default) =>
        db.ExpectationAgreements.AsNoTracking()
            .Where(a => a.RelationId == relationId)
            .OrderByDescending(a => a.Version)
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// Acknowledges the version the relative read. Only the newest version can be acknowledged: if staff revised the
    /// agreement meanwhile, nothing is stored and the answer is false, so the relative reads the new one first.
    /// </summary>
    public async Task<bool> AcknowledgeAsync(
        string userId, Guid personId, Guid relationId, Guid agreementId, CancellationToken ct = default)
    {
        var current = await CurrentAsync(relationId, ct);
        if (current is null || current.Id != agreementId)
        {
            return false;
        }

        if (await db.ExpectationAcknowledgements.AnyAsync(a => a.AgreementId == agreementId, ct))
        {
            return true;
        }

        db.ExpectationAcknowledgements.Add(new ExpectationAcknowledgement
        {
            Id = Guid.NewGuid(),
            AgreementId = agreementId,
            PersonId = personId,
            UserId = userId,
            AcknowledgedAtUtc = Instant.Now(clock),
        });
        var citizenId = await db.Relations.Where(r => r.Id == relationId).Select(r => r.CitizenId).SingleAsync(ct);
        audit.Add(userId, AuditAction.ExpectationsAcknowledged, AuditOutcome.Recorded, citizenId, personId, relationId,
            detail: $"Version {current.Version}");
        // A double-tapped "Jeg har læst aftalen": the other request stored the acknowledgement (and its audit entry) first.
        await db.SaveUnlessStoredMeanwhileAsync(ct);
        return true;
    }
}
