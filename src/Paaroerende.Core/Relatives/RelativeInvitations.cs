using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Relatives;

/// <summary>
/// Invitations for nominated relatives: a one-time link that works for 7 days by the registered TimeProvider. Only a
/// SHA-256 hash of the token is stored. The invitation belongs to the person record staff chose, never to an e-mail
/// address: whether the address already has a sign-in is decided when the link is used, and only the mailbox's owner
/// learns it, so staff in one municipality cannot find out who uses the portal in another.
/// </summary>
public sealed class RelativeInvitations(PortalDbContext db, AuditLog audit, StaffScope scope, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = OneTimeTokens.InvitationLifetime;

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

        db.RelativeInvitations.RemoveRange(await db.RelativeInvitations
            .Where(i => i.PersonId == relation.PersonId && i.AcceptedAtUtc == null).ToListAsync(ct));
        relation.Person!.Email = email;

        var token = OneTimeTokens.NewToken();
        var now = Instant.Now(clock);
        db.RelativeInvitations.Add(new RelativeInvitation
        {
            Id = Guid.NewGuid(),
            PersonId = relation.PersonId,
            Email = email,
            TokenHash = OneTimeTokens.Hash(token),
            CreatedAtUtc = now,
            ExpiresAtUtc = now + Lifetime,
            InvitedByUserId = staffUserId,
        });
        audit.Add(staffUserId, AuditAction.InvitationSent, AuditOutcome.Recorded, relation.CitizenId, relation.PersonId, relation.Id);
        return token;
    }

    /// <summary>The invitation behind a token if it is unused, unexpired and its person has no sign-in yet; otherwise null.</summary>
    public Task<RelativeInvitation?> FindUsableAsync(string? token, CancellationToken ct = default) =>
        db.RelativeInvitations.AsNoTracking()
            .Where(i => !PeopleWithSignIn().Contains(i.PersonId))
            .FindUsableAsync(token, Instant.Now(clock), ct);

    /// <summary>
    /// Uses up the invitation, once: of two requests with the same link, only one gets true. Run it inside the
    /// transaction that links the sign-in, so a failure later leaves the link usable.
    /// </summary>
    public Task<bool> TryUseAsync(Guid invitationId, CancellationToken ct = default) =>
        db.RelativeInvitations.UseOnceAsync(invitationId, Instant.Now(clock), ct);

    /// <summary>Links the person record to the sign-in and audits it, in the pending changes.</summary>
    public async Task LinkAsync(RelativeInvitation invitation, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var person = await db.People.SingleAsync(p => p.Id == invitation.PersonId, ct);
        person.UserId = userId;
        var relations = await db.Relations.Where(r => r.PersonId == person.Id && r.EndedAtUtc == null)
            .Select(r => new { r.Id, r.CitizenId }).ToListAsync(ct);
        foreach (var relation in relations)
        {
            audit.Add(userId, AuditAction.InvitationAccepted, AuditOutcome.Recorded, relation.CitizenId, person.Id, relation.Id);
        }
    }

    /// <summary>The person records that already stand behind a sign-in, whichever side of the link names the other.</summary>
    public IQueryable<Guid> PeopleWithSignIn() =>
        db.People.Where(p => p.UserId != null).Select(p => p.Id)
            .Union(db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId!.Value));

    /// <summary>The newest invitation of each of the people, for the staff view of who has been invited.</summary>
    public IQueryable<RelativeInvitation> Newest(IQueryable<Guid> personIds) =>
        db.RelativeInvitations.Where(i => personIds.Contains(i.PersonId)
            && !db.RelativeInvitations.Any(n => n.PersonId == i.PersonId && n.CreatedAtUtc > i.CreatedAtUtc));
}
