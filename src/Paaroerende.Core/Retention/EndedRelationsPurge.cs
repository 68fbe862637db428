using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;

namespace Paaroerende.Core.Retention;

/// <summary>
/// Deletes relations that ended before the cut-off with everything that hangs on them (consent history, agreements and
/// their acknowledgements, check-ins, meeting invitations, notification log lines). Feedback stays with the unit, with its ratings and text, without
/// the relative, the citizen and the staff's answer (written to the relative by name, docs/adr/0037). A person left with no relation goes too, with their invitations — and their sign-in, when it is a
/// relative's sign-in that stands behind no other person record.
/// </summary>
internal sealed class EndedRelationsPurge(PortalDbContext db, RetentionRun run, string tag)
{
    public async Task RunAsync(DateTime cutoff, CancellationToken ct)
    {
        var ended = await db.Relations.AsNoTracking()
            .Where(r => r.EndedAtUtc != null && r.EndedAtUtc < cutoff)
            .Select(r => new { r.Id, r.PersonId, r.CitizenId })
            .ToListAsync(ct);
        if (ended.Count == 0)
        {
            return;
        }

        var ids = ended.Select(r => r.Id).ToList();
        var agreements = db.ExpectationAgreements.Where(a => ids.Contains(a.RelationId)).Select(a => a.Id);
        run.OtherRowsDeleted += await db.ExpectationAcknowledgements.TagWith(tag).Where(k => agreements.Contains(k.AgreementId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.ExpectationAgreements.TagWith(tag).Where(a => ids.Contains(a.RelationId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.WellbeingCheckIns.Where(c => ids.Contains(c.RelationId)).ExecuteDeleteAsync(ct);
        var threads = db.MessageThreads.Where(t => ids.Contains(t.RelationId)).Select(t => t.Id);
        var messages = db.Messages.Where(m => threads.Contains(m.ThreadId)).Select(m => m.Id);
        run.OtherRowsDeleted += await db.MessageReads.Where(r => messages.Contains(r.MessageId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.Messages.Where(m => threads.Contains(m.ThreadId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.MessageThreads.Where(t => ids.Contains(t.RelationId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.SentNotifications.Where(n => n.RelationId != null && ids.Contains(n.RelationId.Value)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.MeetingInvitations.Where(i => ids.Contains(i.RelationId)).ExecuteDeleteAsync(ct);
        // The citizen's nomination that started a relation goes with it, its chosen topics first.
        var nominations = db.CitizenNominations.Where(n => n.RelationId != null && ids.Contains(n.RelationId.Value)).Select(n => n.Id);
        run.OtherRowsDeleted += await db.CitizenNominationTopics.Where(t => nominations.Contains(t.NominationId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.CitizenNominations.Where(n => n.RelationId != null && ids.Contains(n.RelationId.Value)).ExecuteDeleteAsync(ct);
        await db.CurrentConsents.Where(c => ids.Contains(c.RelationId)).ExecuteDeleteAsync(ct); // a copy of the records counted below
        run.ConsentRecordsDeleted = await db.ConsentRecords.TagWith(tag).Where(c => ids.Contains(c.RelationId)).ExecuteDeleteAsync(ct);
        run.RelationsDeleted = await db.Relations.TagWith(tag).Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct);

        foreach (var pair in ended.Select(r => new { r.PersonId, r.CitizenId }).Distinct())
        {
            // Feedback is tied to the relative and the citizen, not to one relation: it stays while any relation between them does.
            if (!await db.Relations.AnyAsync(r => r.PersonId == pair.PersonId && r.CitizenId == pair.CitizenId, ct))
            {
                run.FeedbackAnonymised += await db.UnitFeedback.Where(f => f.PersonId == pair.PersonId && f.CitizenId == pair.CitizenId)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.PersonId, (Guid?)null).SetProperty(f => f.CitizenId, (Guid?)null).SetProperty(f => f.Answer, (string?)null), ct);
            }
        }

        var candidates = ended.Select(r => r.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking()
            .Where(p => candidates.Contains(p.Id) && !db.Relations.Any(r => r.PersonId == p.Id))
            .Select(p => new { p.Id, p.UserId })
            .ToListAsync(ct);
        if (people.Count > 0)
        {
            await DeletePeopleAsync(people.Select(p => p.Id).ToList(), people.Select(p => p.UserId).OfType<string>().ToList(), ct);
        }
    }

    private async Task DeletePeopleAsync(List<Guid> personIds, List<string> ownUsers, CancellationToken ct)
    {
        run.OtherRowsDeleted += await db.RelativeInvitations.Where(i => personIds.Contains(i.PersonId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.EventSignUps.Where(s => personIds.Contains(s.PersonId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.ExpectationAcknowledgements.TagWith(tag).Where(k => personIds.Contains(k.PersonId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.SentNotifications.Where(n => n.PersonId != null && personIds.Contains(n.PersonId.Value)).ExecuteDeleteAsync(ct);
        run.FeedbackAnonymised += await db.UnitFeedback.Where(f => f.PersonId != null && personIds.Contains(f.PersonId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.PersonId, (Guid?)null).SetProperty(f => f.CitizenId, (Guid?)null).SetProperty(f => f.Answer, (string?)null), ct);

        var userIds = await db.Users
            .Where(u => ownUsers.Contains(u.Id) || (u.PersonId != null && personIds.Contains(u.PersonId.Value)))
            .Select(u => u.Id)
            .ToListAsync(ct);
        // A relative's sign-in goes with its last person record; one that is also a citizen's or staff's, or stands behind
        // another person record (a relative in two municipalities), stays.
        var lonely = await db.Users
            .Where(u => userIds.Contains(u.Id) && u.CitizenId == null && u.MunicipalityId == null
                && !db.People.Any(p => !personIds.Contains(p.Id) && (p.UserId == u.Id || p.Id == u.PersonId)))
            .Select(u => u.Id)
            .ToListAsync(ct);
        await db.Users.Where(u => u.PersonId != null && personIds.Contains(u.PersonId.Value) && !lonely.Contains(u.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PersonId, (Guid?)null), ct);

        run.PeopleDeleted = await db.People.TagWith(tag).Where(p => personIds.Contains(p.Id)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.SentNotifications.Where(n => lonely.Contains(n.UserId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.NotificationPreferences.Where(p => lonely.Contains(p.UserId)).ExecuteDeleteAsync(ct);
        run.OtherRowsDeleted += await db.Users.Where(u => lonely.Contains(u.Id)).ExecuteDeleteAsync(ct);
    }
}
