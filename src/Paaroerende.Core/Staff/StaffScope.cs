using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Staff;

/// <summary>
/// Tenancy for staff: the citizens of the units a staff member is assigned to, and nothing else. Every staff query
/// about citizens starts here, so a citizen id from a URL cannot reach another unit's or municipality's data.
/// </summary>
public sealed class StaffScope(PortalDbContext db)
{
    public IQueryable<Guid> UnitIds(string staffUserId) =>
        db.StaffUnitAssignments.Where(a => a.UserId == staffUserId).Select(a => a.UnitId);

    public IQueryable<Citizen> Citizens(string staffUserId)
    {
        var units = UnitIds(staffUserId);
        return db.Citizens.Where(c => units.Contains(c.UnitId));
    }

    public Task<bool> CanActOnCitizenAsync(string staffUserId, Guid citizenId, CancellationToken cancellationToken = default) =>
        Citizens(staffUserId).AnyAsync(c => c.Id == citizenId, cancellationToken);

    /// <summary>The relations (active and ended) of the citizens in scope.</summary>
    public IQueryable<Relation> Relations(string staffUserId)
    {
        var citizens = Citizens(staffUserId).Select(c => c.Id);
        return db.Relations.Where(r => citizens.Contains(r.CitizenId));
    }

    /// <summary>The consent history of the relations in scope.</summary>
    public IQueryable<ConsentRecord> ConsentRecords(string staffUserId)
    {
        var relations = Relations(staffUserId).Select(r => r.Id);
        return db.ConsentRecords.Where(c => relations.Contains(c.RelationId));
    }

    /// <summary>The check-ins in which a relative of a citizen in scope asked to be contacted.</summary>
    public IQueryable<WellbeingCheckIn> ContactRequests(string staffUserId)
    {
        var relations = Relations(staffUserId).Select(r => r.Id);
        return db.WellbeingCheckIns.Where(c => c.WantsContact && relations.Contains(c.RelationId));
    }

    /// <summary>The message threads about citizens in scope: the unit's staff answer them together.</summary>
    public IQueryable<Messages.MessageThread> MessageThreads(string staffUserId)
    {
        var citizens = Citizens(staffUserId).Select(c => c.Id);
        return db.MessageThreads.Where(t => citizens.Contains(t.CitizenId));
    }

    /// <summary>The relatives' messages in scope that no staff member has opened yet ("Nye beskeder").</summary>
    public IQueryable<Messages.Message> UnreadFromRelatives(string staffUserId)
    {
        var threads = MessageThreads(staffUserId).Select(t => t.Id);
        return db.Messages.Where(m => threads.Contains(m.ThreadId) && m.From == Messages.MessageSide.Relative
            && !db.MessageReads.Any(r => r.MessageId == m.Id));
    }

    /// <summary>The feedback given to the staff member's own units.</summary>
    public IQueryable<UnitFeedback> Feedback(string staffUserId)
    {
        var units = UnitIds(staffUserId);
        return db.UnitFeedback.Where(f => units.Contains(f.UnitId));
    }

    /// <summary>The audit entries about citizens in scope.</summary>
    public IQueryable<AuditEntry> AuditEntries(string staffUserId)
    {
        var citizens = Citizens(staffUserId).Select(c => c.Id);
        return db.AuditEntries.Where(a => a.CitizenId != null && citizens.Contains(a.CitizenId.Value));
    }
}
