using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Updates;

/// <summary>
/// Staff correct the text of an update about a citizen or of a unit's news, or withdraw it (docs/adr/0034). Each is one
/// transaction: the revision with what the text said before, the change, and its audit entry, stored whole or not at
/// all. Only staff of the citizen's (or the news') unit may; anything else — another unit's, a withdrawn one, one that
/// does not exist — is "not found", as for a stranger.
/// </summary>
public sealed class UpdateCorrections(PortalDbContext db, StaffScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task CorrectAsync(string staffUserId, Guid citizenId, Guid updateId, UpdateText text, CancellationToken ct = default)
    {
        var update = await FindUpdateAsync(staffUserId, citizenId, updateId, ct);
        Correct(update, new CitizenUpdateRevision { UpdateId = update.Id }, text, staffUserId);
        audit.Add(staffUserId, AuditAction.UpdateCorrected, AuditOutcome.Recorded, citizenId, topic: update.Topic, detail: update.Id.ToString());
        await db.SaveChangesAsync(ct);
    }

    public async Task WithdrawAsync(string staffUserId, Guid citizenId, Guid updateId, string reason, CancellationToken ct = default)
    {
        var update = await FindUpdateAsync(staffUserId, citizenId, updateId, ct);
        Withdraw(update, new CitizenUpdateRevision { UpdateId = update.Id }, reason, staffUserId);
        audit.Add(staffUserId, AuditAction.UpdateWithdrawn, AuditOutcome.Recorded, citizenId, topic: update.Topic, detail: update.Id.ToString());
        await db.SaveChangesAsync(ct);
    }

    public async Task CorrectNewsAsync(string staffUserId, Guid newsId, UpdateText text, CancellationToken ct = default)
    {
        var news = await FindNewsAsync(staffUserId, newsId, ct);
        Correct(news, new UnitNewsRevision { NewsId = news.Id }, text, staffUserId);
        audit.Add(staffUserId, AuditAction.NewsCorrected, AuditOutcome.Recorded, detail: news.Id.ToString());
        await db.SaveChangesAsync(ct);
    }

    public async Task WithdrawNewsAsync(string staffUserId, Guid newsId, string reason, CancellationToken ct = default)
    {
        var news = await FindNewsAsync(staffUserId, newsId, ct);
        Withdraw(news, new UnitNewsRevision { NewsId = news.Id }, reason, staffUserId);
        audit.Add(staffUserId, AuditAction.NewsWithdrawn, AuditOutcome.Recorded, detail: news.Id.ToString());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The update as staff may change it: of this citizen, in one of their units, and not withdrawn.</summary>
    private async Task<CitizenUpdate> FindUpdateAsync(string staffUserId, Guid citizenId, Guid updateId, CancellationToken ct)
    {
        var citizens = scope.Citizens(staffUserId).Where(c => c.Id == citizenId).Select(c => c.Id);
        return await db.CitizenUpdates
            .Where(u => u.Id == updateId && u.WithdrawnAtUtc == null && citizens.Contains(u.CitizenId))
            .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException();
    }

    /// <summary>The news as staff may change it: of one of their units, and not withdrawn.</summary>
    private async Task<UnitNews> FindNewsAsync(string staffUserId, Guid newsId, CancellationToken ct)
    {
        var units = scope.UnitIds(staffUserId);
        return await db.UnitNews
            .Where(n => n.Id == newsId && n.WithdrawnAtUtc == null && units.Contains(n.UnitId))
            .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException();
    }

    private void Correct(ICorrectableText item, TextRevision revision, UpdateText text, string staffUserId)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (item.Title == text.Title && item.Body == text.Body)
        {
            throw new NothingToCorrectException();
        }

        item.CorrectedAtUtc = Keep(item, revision, UpdateChange.Corrected, text.Reason, staffUserId);
        item.Title = text.Title;
        item.Body = text.Body;
    }

    private void Withdraw(ICorrectableText item, TextRevision revision, string reason, string staffUserId) =>
        item.WithdrawnAtUtc = Keep(item, revision, UpdateChange.Withdrawn, reason, staffUserId);

    /// <summary>Adds the revision that keeps what the text says now; returns the moment of the change.</summary>
    private DateTime Keep(ICorrectableText item, TextRevision revision, UpdateChange change, string reason, string staffUserId)
    {
        var now = Instant.Now(clock);
        revision.Id = Guid.NewGuid();
        revision.Change = change;
        revision.Title = item.Title;
        revision.Body = item.Body;
        revision.Reason = reason.Trim();
        revision.RecordedAtUtc = now;
        revision.RecordedByUserId = staffUserId;
        db.Add(revision);
        return now;
    }
}

/// <summary>The corrected text of an update and why it was corrected.</summary>
public sealed record UpdateText(string Title, string Body, string Reason);

/// <summary>A correction that changes nothing is refused rather than recorded.</summary>
public sealed class NothingToCorrectException() : Exception("The correction changes nothing.");
