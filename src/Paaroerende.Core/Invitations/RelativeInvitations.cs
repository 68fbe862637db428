using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Invitations;

/// <summary>
/// Invitations for nominated relatives: a one-time link that works for 7 days by the registered TimeProvider. Only a
/// SHA-256 hash of the token is stored. The invitation belongs to the person record staff chose, never to an e-mail
/// address: whether the address already has a sign-in is decided when the link is used, and only the mailbox's owner
/// learns it, so staff in one municipality cannot find out who uses the portal in another.
/// </summary>
public sealed class RelativeInvitations(PortalDbContext db, AuditLog audit, StaffScope scope, TimeProvider clock)
    : OneTimeInvitationStore<RelativeInvitation>(db, clock)
{
    /// <summary>
    /// Adds an invitation (and the audit entry) to the pending changes and returns its token, which only the mail
    /// will hold; the caller queues the mail and saves both together. Earlier unused links for the person stop working.
    /// </summary>
    public async Task<string> IssueAsync(string staffUserId, Guid relationId, string email, CancellationToken ct = default)
    {
        var relation = await scope.Relations(staffUserId).Include(r => r.Person)
            .SingleOrDefaultAsync(r => r.Id == relationId, ct) ?? throw new NotFoundException();
        if (relation.EndedAtUtc is not null || await PeopleWithSignIn().ContainsAsync(relation.PersonId, ct))
        {
            throw new InvalidOperationException("Only a relative without a sign-in on an active relation is invited.");
        }

        relation.Person!.Email = email;
        var token = await ReplaceAsync(
            i => i.PersonId == relation.PersonId,
            new RelativeInvitation { PersonId = relation.PersonId, Email = email, InvitedByUserId = staffUserId },
            ct);
        audit.Add(staffUserId, AuditAction.InvitationSent, AuditOutcome.Recorded, relation.CitizenId, relation.PersonId, relation.Id);
        return token;
    }

    /// <summary>A link is usable only while its person has no sign-in yet.</summary>
    protected override IQueryable<RelativeInvitation> Open(IQueryable<RelativeInvitation> invitations) =>
        invitations.Where(i => !PeopleWithSignIn().Contains(i.PersonId));

    /// <summary>Links the person record to the sign-in (both directions) and audits it, in the pending changes.</summary>
    public async Task LinkAsync(RelativeInvitation invitation, PortalUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(user);
        user.PersonId ??= invitation.PersonId;
        var userId = user.Id;
        var person = await Db.People.SingleAsync(p => p.Id == invitation.PersonId, ct);
        person.UserId = userId;
        var relations = await Db.Relations.Where(r => r.PersonId == person.Id && r.EndedAtUtc == null)
            .Select(r => new { r.Id, r.CitizenId }).ToListAsync(ct);
        foreach (var relation in relations)
        {
            audit.Add(userId, AuditAction.InvitationAccepted, AuditOutcome.Recorded, relation.CitizenId, person.Id, relation.Id);
        }
    }

    /// <summary>The person records that already stand behind a sign-in, whichever side of the link names the other.</summary>
    public IQueryable<Guid> PeopleWithSignIn() =>
        Db.People.Where(p => p.UserId != null).Select(p => p.Id)
            .Union(Db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId!.Value));

    /// <summary>The newest invitation of each of the people, for the staff view of who has been invited.</summary>
    public IQueryable<RelativeInvitation> Newest(IQueryable<Guid> personIds) =>
        Db.RelativeInvitations.Where(i => personIds.Contains(i.PersonId)
            && !Db.RelativeInvitations.Any(n => n.PersonId == i.PersonId && n.CreatedAtUtc > i.CreatedAtUtc));
}
