using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Updates;

/// <summary>
/// Staff correct an update's text or withdraw it (docs/adr/0034). Each is one transaction: the revision with what the
/// update said before, the change, and its audit entry, stored whole or not at all. Only staff of the citizen's unit
/// may; an update that is not theirs, or not of this citizen, is "not found", as for a stranger.
/// </summary>
public sealed class UpdateCorrections(PortalDbContext db, StaffScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task CorrectAsync(string staffUserId, Guid citizenId, Guid updateId, UpdateText text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var update = await FindOpenAsync(staffUserId, citizenId, updateId, ct);
        if (update.Title == text.Title && update.Body == text.Body)
        {
            throw new NothingToCorrectException();
        }

        var now = Keep(update, UpdateChange.Corrected, text.Reason, staffUserId);
        update.Title = text.Title;
        update.Body = text.Body;
        update.CorrectedAtUtc = now;
        audit.Add(staffUserId, AuditAction.UpdateCorrected, AuditOutcome.Recorded, citizenId, topic: update.Topic, detail: update.Id.ToString());
        await db.SaveChangesAsync(ct);
    }

    public async Task WithdrawAsync(string staffUserId, Guid citizenId, Guid updateId, string reason, CancellationToken ct = default)
    {
        var update = await FindOpenAsync(staffUserId, citizenId, updateId, ct);
        update.WithdrawnAtUtc = Keep(update, UpdateChange.Withdrawn, reason, staffUserId);
        audit.Add(staffUserId, AuditAction.UpdateWithdrawn, AuditOutcome.Recorded, citizenId, topic: update.Topic, detail: update.Id.ToString());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The update as staff may change it: of this citizen, in one of their units, and not withdrawn.</summary>
    private async Task<CitizenUpdate> FindOpenAsync(string staffUserId, Guid citizenId, Guid updateId, CancellationToken ct)
    {
        var citizens = scope.Citizens(staffUserId).Where(c => c.Id == citizenId).Select(c => c.Id);
        return await db.CitizenUpdates
            .Where(u => u.Id == updateId && u.WithdrawnAtUtc == null && citizens.Contains(u.CitizenId))
            .SingleOrDefaultAsync(ct)
            ?? throw new CitizenNotFoundException();
    }

    private DateTime Keep(CitizenUpdate update, UpdateChange change, string reason, string staffUserId)
    {
        var now = Instant.Now(clock);
        db.CitizenUpdateRevisions.Add(new CitizenUpdateRevision
        {
            Id = Guid.NewGuid(),
            UpdateId = update.Id,
            Change = change,
            Title = update.Title,
            Body = update.Body,
            Reason = reason.Trim(),
            RecordedAtUtc = now,
            RecordedByUserId = staffUserId,
        });
        return now;
    }
}

/// <summary>The corrected text of an update and why it was corrected.</summary>
public sealed record UpdateText(string Title, string Body, string Reason);

/// <summary>A correction that changes nothing is refused rather than recorded.</summary>
public sealed class NothingToCorrectException() : Exception("The correction changes nothing.");
