using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Privacy;

/// <summary>
/// Everything the portal holds about one citizen or one relative (GDPR art. 15), table by table. Each list is named
/// after its table, and a test fails when a table that references a citizen or a person is missing here.
/// </summary>
public sealed class PersonalDataExport(PortalDbContext db, TimeProvider clock, ConsentGate gate, QueuedAuditReads queuedReads)
{
    public async Task<PersonalData?> ForCitizenAsync(Guid citizenId, CancellationToken ct = default)
    {
        // The relatives' reads stored until now are part of the copy (docs/adr/0055).
        await queuedReads.MoveAsync(ct);
        var citizens = await db.Citizens.AsNoTracking().Where(c => c.Id == citizenId)
            .Select(c => new CitizenRow(c.Id, c.FirstName, c.LastName, c.BirthDate, c.Municipality!.Name, c.Unit!.Name, c.UserId))
            .ToListAsync(ct);
        if (citizens.Count == 0)
        {
            return null;
        }

        var relations = db.Relations.Where(r => r.CitizenId == citizenId);
        var userIds = db.Users.Where(u => u.CitizenId == citizenId).Select(u => u.Id);
        var cooperation = await CooperationData.ForCitizenAsync(db, relations, ct);
        var notifications = await NotificationData.ForCitizenAsync(db, userIds, citizenId, ct);
        // The pictures and PDFs about her: what they are, never their bytes (docs/adr/0039). "Owner IN her updates" is
        // looked up by the owner index; "every update attachment whose update is hers" (EXISTS) read every update
        // attachment of the deployment.
        var herUpdates = db.CitizenUpdates.Where(u => u.CitizenId == citizenId).Select(u => u.Id);
        var attachments = await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerKind == Attachments.AttachmentOwner.CitizenUpdate && herUpdates.Contains(a.OwnerId))
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new AttachmentRow(a.Id, a.OwnerId, a.FileName, a.ContentType, a.SizeBytes, a.AltText, a.UploadedAtUtc))
            .ToListAsync(ct);
        var calendar = await CalendarData.ForCitizenAsync(db, citizenId, ct);
        // The relatives she named herself, waiting, withdrawn or accepted, with the topics she chose (docs/adr/0043).
        var nominations = (await db.CitizenNominations.AsNoTracking().Where(n => n.CitizenId == citizenId)
            .OrderBy(n => n.CreatedAtUtc)
            .Select(n => new
            {
                n.Id, n.FirstName, n.LastName, n.Email, n.Kind, n.BirthDate, n.CreatedAtUtc, n.ExpiresAtUtc, n.AcceptedAtUtc,
                n.WithdrawnAtUtc, n.RelationId, Topics = n.Topics.Select(t => new { t.Topic, t.Level }).ToList(),
            })
            .ToListAsync(ct))
            .Select(n => new CitizenNominationRow(n.Id, n.FirstName, n.LastName, n.Email, n.Kind, n.BirthDate, n.CreatedAtUtc,
                n.ExpiresAtUtc, n.AcceptedAtUtc, n.WithdrawnAtUtc, n.RelationId,
                string.Join(", ", n.Topics.OrderBy(t => t.Topic).Select(t => $"{t.Topic}:{t.Level}"))))
            .ToList();
        return new PersonalData(
            PersonalDataSubject.Citizen, citizenId, Instant.Now(clock),
            await UsersAsync(db.Users.Where(u => u.CitizenId == citizenId), ct),
            citizens,
            [],
            await RelationRowsAsync(relations, ct),
            await ConsentRowsAsync(db.ConsentRecords.Where(c => relations.Select(r => r.Id).Contains(c.RelationId)), includeNotes: true, ct),
            await db.CitizenUpdates.AsNoTracking().Where(u => u.CitizenId == citizenId)
                .OrderByDescending(u => u.PublishedAtUtc)
                .Select(u => new UpdateRow(u.Id, u.Topic, u.Title, u.Body, u.PublishedAtUtc, db.Users.Where(x => x.Id == u.AuthorUserId).Select(x => x.DisplayName).FirstOrDefault(),
                    u.CorrectedAtUtc, u.WithdrawnAtUtc))
                .ToListAsync(ct),
            // What corrected and withdrawn updates said before: the citizen's insight covers them (docs/adr/0034).
            await db.CitizenUpdateRevisions.AsNoTracking()
                .Where(r => db.CitizenUpdates.Any(u => u.Id == r.UpdateId && u.CitizenId == citizenId))
                .OrderBy(r => r.RecordedAtUtc)
                .Select(r => new UpdateRevisionRow(r.Id, r.UpdateId, r.Change, r.Title, r.Body, r.Reason, r.RecordedAtUtc))
                .ToListAsync(ct),
            await AuditRowsAsync(EitherOf(db.AuditEntries.Where(a => a.CitizenId == citizenId), db.AuditEntries.Where(a => userIds.Contains(a.ActorUserId))), ct),
            cooperation.Agreements, cooperation.Acknowledgements, cooperation.CheckIns, cooperation.Feedback, cooperation.Invitations,
            await db.CitizenInvitations.AsNoTracking().Where(i => i.CitizenId == citizenId).OrderBy(i => i.CreatedAtUtc)
                .Select(i => new CitizenInvitationRow(i.Id, i.CitizenId, i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
                .ToListAsync(ct),
            notifications.Preferences, notifications.Sent,
            // A relative's messages are theirs, written to the staff: not in the citizen's self-service copy (ADR 0031).
            [], [])
        {
            Attachments = attachments,
            CitizenNominations = nominations,
            CitizenMeetings = calendar.Meetings,
            MeetingInvitations = calendar.Invitations,
            CitizenMeetingRevisions = calendar.Revisions,
        };
    }

    /// <summary>
    /// The relative's copy: every person record behind the sign-in (a relative nominated in two municipalities is two
    /// records with one login), limited to what the relative may know (<see cref="RelativesCopy"/>): decisions only on
    /// topics they can see now, and nothing of the citizen once the relation has ended; their own rows stay.
    /// </summary>
    public async Task<PersonalData?> ForRelativeAsync(string userId, Guid? personIdClaim, CancellationToken ct = default)
    {
        await queuedReads.MoveAsync(ct);
        var now = Instant.Now(clock);
        // The person records behind the sign-in, from either side of the link, as the gate finds them.
        var persons = db.People.Where(p => p.UserId == userId).Select(p => (Guid?)p.Id)
            .Concat(db.Users.Where(u => u.Id == userId).Select(u => u.PersonId));
        var allowed = gate.AllowedTopicsOn(gate.ActiveRelationsOfUser(userId, now), now);

        // The people with their sign-ins and their relations in one query: the sign-ins are a row or two, so its rows
        // are about as many as the relations. Each relation brings whether it is active and the topics the gate lets the
        // relative see, so the copy can be limited without another round trip. The longer lists keep a query each: in
        // one query they would multiply each other's rows (docs/performance.md). The lists are joined on the person's
        // key and also narrowed by the person records themselves: SQLite reads a joined list before joining it, and only
        // a condition of its own lets it search the index instead of reading the whole table (QueryPlanTests).
        var heads = await db.People.AsNoTracking().Where(p => persons.Contains(p.Id))
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                Person = new PersonRow(p.Id, p.FirstName, p.LastName, p.Email, p.Phone, p.UserId, p.BirthDate),
                Users = db.Users.Where(u => persons.Contains(u.PersonId) && u.PersonId == p.Id).Select(UserRowOf).ToList(),
                Relations = db.Relations.Where(r => persons.Contains(r.PersonId) && r.PersonId == p.Id)
                    .OrderBy(r => r.RecordedAtUtc)
                    .Select(r => new RelationHead
                    {
                        Row = new RelationRow(r.Id, r.CitizenId, r.PersonId, r.Person!.FirstName + " " + r.Person.LastName, r.Kind,
                            r.RelativeIsMinor, r.NominationMethod, r.RecordedAtUtc,
                            db.Users.Where(x => x.Id == r.RecordedByUserId).Select(x => x.DisplayName).FirstOrDefault(), r.EndedAtUtc,
                            r.EndedBy, r.Citizen!.FirstName + " " + r.Citizen.LastName),
                        Active = r.RecordedAtUtc <= now && (r.EndedAtUtc == null || r.EndedAtUtc > now),
                        TopicBits = allowed.Where(t => t.PersonId == r.PersonId && t.CitizenId == r.CitizenId).Sum(TopicBits.Of),
                    })
                    .ToList(),
            })
            .AsSingleQuery()
            .ToListAsync(ct);
        if (heads.Count == 0)
        {
            return null;
        }

        // From here on the keys are known: every other table is searched by them (index look-ups, no sub-queries).
        var personIds = heads.Select(h => h.Person.Id).ToList();
        var relationHeads = heads.SelectMany(h => h.Relations).ToList();
        var relationIds = relationHeads.Select(r => r.Row.Id).ToList();
        var users = heads.SelectMany(h => h.Users).DistinctBy(u => u.Id).ToList();
        List<string> userIds = [.. users.Select(u => u.Id).Append(userId).Distinct()];
        var copy = new RelativesCopy(userIds, relationHeads);
        var cooperation = await CooperationData.ForRelativeAsync(db, relationIds, personIds, ct);
        var notifications = await NotificationData.ForRelativeAsync(db, userIds, personIds, ct);
        var conversations = await MessageData.ForRelativeAsync(db, personIds, relationHeads, ct);
        var calendar = await CalendarData.ForRelativeAsync(db, gate, userId, personIds, now, ct);
        var consents = await ConsentRowsAsync(db.ConsentRecords.Where(c => relationIds.Contains(c.RelationId)), includeNotes: false, ct);
        var audit = await AuditHeadsAsync(EitherOf(
            db.AuditEntries.Where(a => a.PersonId != null && personIds.Contains(a.PersonId.Value)),
            db.AuditEntries.Where(a => userIds.Contains(a.ActorUserId))), ct);
        return new PersonalData(
            PersonalDataSubject.Relative, personIdClaim is { } claimed && personIds.Contains(claimed) ? claimed : personIds[0],
            now,
            users,
            [],
            [.. heads.Select(h => h.Person)],
            copy.Relations(),
            copy.ConsentRecords(consents),
            [],
            [],
            copy.AuditEntries(audit),
            copy.Agreements(cooperation.Agreements), cooperation.Acknowledgements, cooperation.CheckIns, cooperation.Feedback,
            cooperation.Invitations, [], notifications.Preferences, notifications.Sent,
            conversations.Threads, conversations.Messages)
        {
            CitizenMeetings = calendar.Meetings,
            MeetingInvitations = calendar.Invitations,
            EventSignUps = calendar.SignUps,
        };
    }

    /// <summary>
    /// The rows of either query, each once. An OR across two indexed columns made SQLite read the whole table (the
    /// audit log: a million rows at the benchmark's scale 1); a union lets each side search its own index.
    /// </summary>
    internal static IQueryable<T> EitherOf<T>(IQueryable<T> first, IQueryable<T> second) => first.Union(second);

    private static readonly Expression<Func<Identity.PortalUser, UserRow>> UserRowOf = u =>
        new UserRow(u.Id, u.Email, u.DisplayName, u.PhoneNumber, u.EmailConfirmed, u.LockoutEnd, u.AccessFailedCount);

    private Expression<Func<Relation, RelationRow>> RelationRowOf => r =>
        new RelationRow(r.Id, r.CitizenId, r.PersonId, r.Person!.FirstName + " " + r.Person.LastName, r.Kind,
            r.RelativeIsMinor, r.NominationMethod, r.RecordedAtUtc,
            db.Users.Where(x => x.Id == r.RecordedByUserId).Select(x => x.DisplayName).FirstOrDefault(), r.EndedAtUtc, r.EndedBy,
            r.Citizen!.FirstName + " " + r.Citizen.LastName);

    private static Task<List<UserRow>> UsersAsync(IQueryable<Identity.PortalUser> users, CancellationToken ct) =>
        users.AsNoTracking().Select(UserRowOf).ToListAsync(ct);

    private Task<List<RelationRow>> RelationRowsAsync(IQueryable<Relation> relations, CancellationToken ct) =>
        relations.AsNoTracking().OrderBy(r => r.RecordedAtUtc).Select(RelationRowOf).ToListAsync(ct);

    private Task<List<ConsentRow>> ConsentRowsAsync(IQueryable<ConsentRecord> records, bool includeNotes, CancellationToken ct) =>
        records.AsNoTracking().OrderBy(c => c.RecordedAtUtc).ThenBy(c => c.Topic)
            .Select(c => new ConsentRow(c.Id, c.RelationId, c.Topic, c.Level, c.Basis, c.GivenHow, c.BasisScope,
                c.ValidFromUtc, c.ValidUntilUtc, c.RecordedAtUtc, db.Users.Where(x => x.Id == c.RecordedByUserId).Select(x => x.DisplayName).FirstOrDefault(), includeNotes ? c.Note : null))
            .ToListAsync(ct);

    private async Task<List<AuditRow>> AuditRowsAsync(IQueryable<AuditEntry> entries, CancellationToken ct) =>
        [.. (await AuditHeadsAsync(entries, ct)).Select(a => a.Row)];

    /// <summary>The entries as the copy shows them, each with its actor's id (which the copy itself does not show).</summary>
    private Task<List<AuditHead>> AuditHeadsAsync(IQueryable<AuditEntry> entries, CancellationToken ct) =>
        entries.AsNoTracking().OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new AuditHead
            {
                ActorUserId = a.ActorUserId,
                Row = new AuditRow(a.Id, a.OccurredAtUtc, db.Users.Where(x => x.Id == a.ActorUserId).Select(x => x.DisplayName).FirstOrDefault(),
                    a.Action, a.Outcome, a.CitizenId, a.PersonId,
                    db.People.Where(p => p.Id == a.PersonId).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(),
                    a.RelationId, a.Topic, a.Detail),
            })
            .ToListAsync(ct);
}

public enum PersonalDataSubject
{
    Citizen,
    Relative,
}

/// <summary>One person's data, each list named after the table it comes from.</summary>
public sealed record PersonalData(
    PersonalDataSubject Subject, Guid SubjectId, DateTime GeneratedAtUtc,
    IReadOnlyList<UserRow> AspNetUsers, IReadOnlyList<CitizenRow> Citizens, IReadOnlyList<PersonRow> People,
    IReadOnlyList<RelationRow> Relations, IReadOnlyList<ConsentRow> ConsentRecords, IReadOnlyList<UpdateRow> CitizenUpdates,
    IReadOnlyList<UpdateRevisionRow> CitizenUpdateRevisions, IReadOnlyList<AuditRow> AuditEntries, IReadOnlyList<AgreementRow> ExpectationAgreements,
    IReadOnlyList<AcknowledgementRow> ExpectationAcknowledgements, IReadOnlyList<CheckInRow> WellbeingCheckIns,
    IReadOnlyList<FeedbackRow> UnitFeedback, IReadOnlyList<InvitationRow> RelativeInvitations,
    IReadOnlyList<CitizenInvitationRow> CitizenInvitations,
    IReadOnlyList<NotificationPreferenceRow> NotificationPreferences, IReadOnlyList<SentNotificationRow> SentNotifications,
    IReadOnlyList<MessageThreadRow> MessageThreads, IReadOnlyList<MessageRow> Messages)
{
    /// <summary>The pictures and PDFs of the citizen's updates, as metadata (docs/adr/0039); none in a relative's copy.</summary>
    public IReadOnlyList<AttachmentRow> Attachments { get; init; } = [];

    /// <summary>
    /// Relatives the citizen named herself (docs/adr/0043), without the link's token. None in a relative's copy: the
    /// nomination is the citizen's request, and what it says about the relative is in their own person record.
    /// </summary>
    public IReadOnlyList<CitizenNominationRow> CitizenNominations { get; init; } = [];

    /// <summary>Meetings about the citizen (the relative's copy: those shown to them today), docs/adr/0036.</summary>
    public IReadOnlyList<MeetingRow> CitizenMeetings { get; init; } = [];

    public IReadOnlyList<MeetingInvitationRow> MeetingInvitations { get; init; } = [];

    /// <summary>What corrected meetings about the citizen said before (docs/adr/0041); none in a relative's copy.</summary>
    public IReadOnlyList<MeetingRevisionRow> CitizenMeetingRevisions { get; init; } = [];

    /// <summary>The relative's own sign-ups for a unit's events; none in the citizen's copy.</summary>
    public IReadOnlyList<EventSignUpRow> EventSignUps { get; init; } = [];
}

/// <summary>A picture or PDF of an update: what it is and when it was added; its bytes stay in the portal (docs/adr/0039).</summary>
public sealed record AttachmentRow(
    Guid Id, Guid UpdateId, string FileName, string ContentType, int SizeBytes, string? AltText, DateTime UploadedAtUtc);

/// <summary>A relative's conversation with a unit: the relative's own, so in their copy whatever became of the relation.</summary>
public sealed record MessageThreadRow(Guid Id, Guid CitizenId, Guid PersonId, Consents.ConsentTopic? Topic, string Subject, DateTime StartedAtUtc);

/// <summary>One message of a thread; in the relative's copy their own always, the staff's while the gate shows the thread.</summary>
public sealed record MessageRow(Guid Id, Guid ThreadId, Messages.MessageSide From, string Body, DateTime SentAtUtc);

/// <summary>A relative the citizen named herself, with the chosen topics ("Topic:Level, …"), without the link's token.</summary>
public sealed record CitizenNominationRow(
    Guid Id, string FirstName, string LastName, string Email, RelationKind Kind, DateOnly? BirthDate, DateTime CreatedAtUtc,
    DateTime ExpiresAtUtc, DateTime? AcceptedAtUtc, DateTime? WithdrawnAtUtc, Guid? RelationId, string Topics);

/// <summary>A citizen's invitation to the portal, without its token (a secret, not data about the citizen).</summary>
public sealed record CitizenInvitationRow(
    Guid Id, Guid CitizenId, string Email, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? AcceptedAtUtc);

public sealed record UserRow(
    string Id, string? Email, string DisplayName, string? Phone, bool EmailConfirmed, DateTimeOffset? LockedOutUntil,
    int FailedSignIns);

public sealed record CitizenRow(
    Guid Id, string FirstName, string LastName, DateOnly BirthDate, string Municipality, string Unit, string? UserId);

public sealed record PersonRow(Guid Id, string FirstName, string LastName, string? Email, string? Phone, string? UserId, DateOnly? BirthDate);

public sealed record RelationRow(
    Guid Id, Guid CitizenId, Guid PersonId, string RelativeName, RelationKind Kind, bool RelativeIsMinor,
    HowGiven NominationMethod, DateTime RecordedAtUtc, string? RecordedBy, DateTime? EndedAtUtc, RelationEndedBy? EndedBy,
    string? CitizenName);

public sealed record ConsentRow(
    Guid Id, Guid RelationId, ConsentTopic Topic, ConsentLevel Level, ConsentBasis Basis, HowGiven GivenHow,
    string? BasisScope, DateTime ValidFromUtc, DateTime? ValidUntilUtc, DateTime RecordedAtUtc, string? RecordedBy,
    string? Note);

public sealed record UpdateRow(
    Guid Id, ConsentTopic Topic, string Title, string Body, DateTime PublishedAtUtc, string? Author, DateTime? CorrectedAtUtc,
    DateTime? WithdrawnAtUtc);

/// <summary>What an update said before staff corrected or withdrew it, and why.</summary>
public sealed record UpdateRevisionRow(
    Guid Id, Guid UpdateId, Updates.UpdateChange Change, string Title, string Body, string Reason, DateTime RecordedAtUtc);

/// <summary>An audit entry as a copy shows it, with the actor's id that tells the subject's own entries from others'.</summary>
internal sealed class AuditHead
{
    public required string ActorUserId { get; init; }

    public required AuditRow Row { get; init; }
}

public sealed record AuditRow(
    Guid Id, DateTime OccurredAtUtc, string? Actor, AuditAction Action, AuditOutcome Outcome, Guid? CitizenId,
    Guid? PersonId, string? Relative, Guid? RelationId, ConsentTopic? Topic, string? Detail);
