using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Citizens;

/// <summary>
/// Staff invite a citizen of their own units to the portal, with the rules of a relative's invitation
/// (docs/adr/0008, 0011): a hashed one-time token (<see cref="OneTimeTokens"/>) that works once and for 7 days by the
/// registered TimeProvider, used up by one conditional UPDATE inside the transaction that creates or links the
/// sign-in. A citizen who already signs in is not invited.
/// </summary>
public sealed class CitizenInvitations(PortalDbContext db, AuditLog audit, StaffScope scope, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = OneTimeTokens.InvitationLifetime;

    /// <summary>
    /// Adds an invitation (and the audit entry) to the pending changes and returns its token, which only the mail
    /// will hold; the caller queues the mail and saves both together. Earlier unused links for the citizen stop working.
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

        db.CitizenInvitations.RemoveRange(await db.CitizenInvitations
            .Where(i => i.CitizenId == citizenId && i.AcceptedAtUtc == null).ToListAsync(ct));
        var token = OneTimeTokens.NewToken();
        var now = Instant.Now(clock);
        db.CitizenInvitations.Add(new CitizenInvitation
        {
            Id = Guid.NewGuid(),
            CitizenId = citizenId,
            Email = email,
            TokenHash = OneTimeTokens.Hash(token),
            CreatedAtUtc = now,
            ExpiresAtUtc = now + Lifetime,
            InvitedByUserId = staffUserId,
        });
        audit.Add(staffUserId, AuditAction.InvitationSent, AuditOutcome.Recorded, citizenId);
        return token;
    }

    /// <summary>The invitation behind a token if it is unused, unexpired and its citizen has no sign-in yet; otherwise null.</summary>
    public Task<CitizenInvitation?> FindUsableAsync(string? token, CancellationToken ct = default) =>
        db.CitizenInvitations.AsNoTracking()
            .Where(i => !CitizensWithSignIn().Contains(i.CitizenId))
            .FindUsableAsync(token, Instant.Now(clock), ct);

    /// <summary>Uses up the invitation, once: of two requests with the same link, only one gets true.</summary>
    public Task<bool> TryUseAsync(Guid invitationId, CancellationToken ct = default) =>
        db.CitizenInvitations.UseOnceAsync(invitationId, Instant.Now(clock), ct);

    /// <summary>Binds the citizen record to the sign-in (both directions) and audits it, in the pending changes.</summary>
    public async Task LinkAsync(CitizenInvitation invitation, PortalUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(user);
        if (user.CitizenId is { } other && other != invitation.CitizenId)
        {
            throw new InvalidOperationException("A sign-in belongs to one citizen at most.");
        }

        var citizen = await db.Citizens.SingleAsync(c => c.Id == invitation.CitizenId, ct);
        citizen.UserId = user.Id;
        user.CitizenId = citizen.Id;
        audit.Add(user.Id, AuditAction.InvitationAccepted, AuditOutcome.Recorded, citizen.Id);
    }

    /// <summary>The citizens that already have a sign-in, whichever side of the link names the other.</summary>
    public IQueryable<Guid> CitizensWithSignIn() =>
        db.Citizens.Where(c => c.UserId != null).Select(c => c.Id)
            .Union(db.Users.Where(u => u.CitizenId != null).Select(u => u.CitizenId!.Value));

    /// <summary>The citizen's newest invitation, for the staff view of whether one was sent.</summary>
    public IQueryable<CitizenInvitation> Newest(Guid citizenId) =>
        db.CitizenInvitations.Where(i => i.CitizenId == citizenId).OrderByDescending(i => i.CreatedAtUtc).Take(1);
}
