using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Invitations;

/// <summary>
/// Staff invite a citizen of their own units to the portal, with the rules of a relative's invitation
/// (docs/adr/0008, 0011): a hashed one-time token (<see cref="OneTimeTokens"/>) that works once and for 7 days by the
/// registered TimeProvider, used up by one conditional UPDATE inside the transaction that creates or links the
/// sign-in. A citizen who already signs in is not invited.
/// </summary>
public sealed class CitizenInvitations(PortalDbContext db, AuditLog audit, StaffScope scope, TimeProvider clock)
    : OneTimeInvitationStore<CitizenInvitation>(db, clock)
{
    /// <summary>
    /// Invites a citizen of the staff member's units who has no sign-in yet: the invitation and its audit entry go into
    /// the pending changes, the citizen's earlier unused links stop working, and the token (for the mail only) is
    /// returned; the caller queues the mail and saves both together.
    /// </summary>
    public async Task<string> IssueAsync(string staffUserId, Guid citizenId, string email, CancellationToken ct = default)
    {
        if (!await scope.CanActOnCitizenAsync(staffUserId, citizenId, ct))
        {
            throw new NotFoundException();
        }

        if (await CitizensWithSignIn().ContainsAsync(citizenId, ct))
        {
            throw new InvalidOperationException("Only a citizen without a sign-in is invited.");
        }

        var token = await ReplaceAsync(
            i => i.CitizenId == citizenId,
            new CitizenInvitation { CitizenId = citizenId, Email = email, InvitedByUserId = staffUserId },
            ct);
        audit.Add(staffUserId, AuditAction.InvitationSent, AuditOutcome.Recorded, citizenId);
        return token;
    }

    /// <summary>A link is usable only while its citizen has no sign-in yet.</summary>
    protected override IQueryable<CitizenInvitation> Open(IQueryable<CitizenInvitation> invitations) =>
        invitations.Where(i => !CitizensWithSignIn().Contains(i.CitizenId));

    /// <summary>Binds the citizen record to the sign-in (both directions) and audits it, in the pending changes.</summary>
    public async Task LinkAsync(CitizenInvitation invitation, PortalUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(user);
        if (user.CitizenId is { } other && other != invitation.CitizenId)
        {
            throw new InvalidOperationException("A sign-in belongs to one citizen at most.");
        }

        var citizen = await Db.Citizens.SingleAsync(c => c.Id == invitation.CitizenId, ct);
        citizen.UserId = user.Id;
        user.CitizenId = citizen.Id;
        audit.Add(user.Id, AuditAction.InvitationAccepted, AuditOutcome.Recorded, citizen.Id);
    }

    /// <summary>The citizens that already have a sign-in, whichever side of the link names the other.</summary>
    public IQueryable<Guid> CitizensWithSignIn() =>
        Db.Citizens.Where(c => c.UserId != null).Select(c => c.Id)
            .Union(Db.Users.Where(u => u.CitizenId != null).Select(u => u.CitizenId!.Value));

    /// <summary>The citizen's newest invitation, for the staff view of whether one was sent.</summary>
    public IQueryable<CitizenInvitation> Newest(Guid citizenId) =>
        Db.CitizenInvitations.Where(i => i.CitizenId == citizenId).OrderByDescending(i => i.CreatedAtUtc).Take(1);
}
