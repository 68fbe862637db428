using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Identity;

/// <summary>
/// Issues and redeems invitation tokens. Time comes from the registered TimeProvider (Identity's own token providers
/// read the system clock), so the 7-day expiry is the same rule in tests as in production.
/// </summary>
public sealed class StaffInvitations(PortalDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = OneTimeTokens.InvitationLifetime;

    /// <summary>
    /// Adds a new invitation to the pending changes and returns its token, which only the mail will hold; the caller
    /// queues the mail in the outbox and saves both together. Earlier invitations for the same user that were never
    /// used stop working.
    /// </summary>
    public async Task<string> IssueAsync(string userId, string invitedByUserId, CancellationToken cancellationToken = default)
    {
        var earlier = await db.StaffInvitations
            .Where(i => i.UserId == userId && i.AcceptedAtUtc == null)
            .ToListAsync(cancellationToken);
        db.StaffInvitations.RemoveRange(earlier);

        var token = OneTimeTokens.NewToken();
        var now = Instant.Now(clock);
        db.StaffInvitations.Add(new StaffInvitation
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            TokenHash = OneTimeTokens.Hash(token),
            CreatedAtUtc = now,
            ExpiresAtUtc = now + Lifetime,
            InvitedByUserId = invitedByUserId,
        });
        return token;
    }

    /// <summary>The invitation behind a token if it is unused and unexpired; otherwise null.</summary>
    public Task<StaffInvitation?> FindUsableAsync(string? token, CancellationToken cancellationToken = default) =>
        db.StaffInvitations.AsNoTracking().FindUsableAsync(token, Instant.Now(clock), cancellationToken);

    /// <summary>
    /// Uses up the invitation, once: of two requests with the same link, only one gets true. Run it inside the
    /// transaction that stores the password, so a refused password leaves the link usable.
    /// </summary>
    public Task<bool> TryUseAsync(Guid invitationId, CancellationToken cancellationToken = default) =>
        db.StaffInvitations.UseOnceAsync(invitationId, Instant.Now(clock), cancellationToken);
}
