using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Invitations;

/// <summary>Staff invitations: accepted with a password on /Account/AcceptInvitation or through the municipality's own provider.</summary>
public sealed class StaffInvitations(PortalDbContext db, TimeProvider clock) : OneTimeInvitationStore<StaffInvitation>(db, clock)
{
    /// <summary>
    /// Adds a new invitation to the pending changes and returns its token, which only the mail will hold; the caller
    /// queues the mail in the outbox and saves both together. Earlier invitations for the same user that were never
    /// used stop working.
    /// </summary>
    public Task<string> IssueAsync(string userId, string invitedByUserId, CancellationToken cancellationToken = default) =>
        ReplaceAsync(i => i.UserId == userId, new StaffInvitation { UserId = userId, InvitedByUserId = invitedByUserId }, cancellationToken);
}
