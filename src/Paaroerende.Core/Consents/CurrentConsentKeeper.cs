using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Consents;

/// <summary>
/// Keeps <see cref="CurrentConsent"/> equal to the newest record of every line, inside the transaction of the
/// SaveChanges that appends the records (a change is stored with its current row or not at all), reading the rows it
/// replaces under <see cref="ConsentLineLock"/>. It runs from
/// <see cref="PortalDbContext"/> itself, so no writer — recorder, citizen, seeder, test — can append without it.
/// It also settles each new grant's disclosure start (ConsentRecord.DisclosesFromUtc), which needs the line's previous
/// decision: exactly the row it is about to replace.
/// </summary>
internal static class CurrentConsentKeeper
{
    /// <summary>The consent records the pending save appends, oldest first.</summary>
    public static List<ConsentRecord> Appended(PortalDbContext db) =>
        db.ChangeTracker.Entries<ConsentRecord>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .OrderBy(c => c.RecordedAtUtc)
            .ToList();

    /// <param name="added">What <see cref="Appended"/> found; none is nothing to keep up.</param>
    public static async Task KeepUpAsync(PortalDbContext db, IReadOnlyList<ConsentRecord> added, CancellationToken ct)
    {
        var relationIds = added.Select(c => c.RelationId).Distinct().ToList();
        await ConsentLineLock.TakeAsync(db, relationIds, ct);
        var relations = await RelationsAsync(db, relationIds, ct);
        var rows = await db.CurrentConsents.Where(c => relationIds.Contains(c.RelationId)).ToListAsync(ct);
        var lines = rows.ToDictionary(r => (r.RelationId, r.Topic, r.Basis));
        foreach (var record in added)
        {
            var key = (record.RelationId, record.Topic, record.Basis);
            lines.TryGetValue(key, out var row);
            var isNewest = row is null || record.RecordedAtUtc >= row.RecordedAtUtc;
            record.DisclosesFromUtc = DisclosureStart(record, isNewest ? row : null);
            if (row is null)
            {
                var (personId, citizenId) = relations[record.RelationId];
                row = new CurrentConsent
                {
                    RelationId = record.RelationId, Topic = record.Topic, Basis = record.Basis,
                    PersonId = personId, CitizenId = citizenId,
                };
                row.CopyFrom(record);
                db.CurrentConsents.Add(row);
                lines[key] = row;
            }
            else if (isNewest)
            {
                row.CopyFrom(record);
            }
        }
    }

    /// <summary>
    /// A grant discloses what is published while it is in force: from its own valid-from, or — when it takes over without
    /// a gap from a grant on the same line (a change of level or end date) — from where that grant's disclosure started.
    /// An explicit earlier start chosen by the citizen (already on the record) can only widen it.
    /// </summary>
    internal static DateTime? DisclosureStart(ConsentRecord record, CurrentConsent? previous)
    {
        if (!ConsentRule.Grants(record.Level))
        {
            return null;
        }

        var start = record.ValidFromUtc;
        var continues = previous is not null && ConsentRule.Grants(previous.Level)
            && record.ValidFromUtc <= record.RecordedAtUtc
            && ConsentRule.Covers(previous.ValidFromUtc, previous.ValidUntilUtc, record.RecordedAtUtc);
        if (continues && previous!.DisclosesFromUtc is { } earlier && earlier < start)
        {
            start = earlier;
        }

        return record.DisclosesFromUtc is { } chosen && chosen < start ? chosen : start;
    }

    private static async Task<Dictionary<Guid, (Guid PersonId, Guid CitizenId)>> RelationsAsync(
        PortalDbContext db, List<Guid> relationIds, CancellationToken ct)
    {
        var found = db.ChangeTracker.Entries<Relation>()
            .Where(e => relationIds.Contains(e.Entity.Id))
            .ToDictionary(e => e.Entity.Id, e => (e.Entity.PersonId, e.Entity.CitizenId));
        var missing = relationIds.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var r in await db.Relations.AsNoTracking().Where(r => missing.Contains(r.Id))
                         .Select(r => new { r.Id, r.PersonId, r.CitizenId }).ToListAsync(ct))
            {
                found[r.Id] = (r.PersonId, r.CitizenId);
            }
        }

        return found;
    }
}
