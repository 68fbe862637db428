using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Invitations;

/// <summary>
/// The one-time rules of <see cref="OneTimeTokens"/> for one kind of invitation, in one place for every kind: a link
/// is issued as a hashed token that works for 7 days by the registered TimeProvider (Identity's own token providers
/// read the system clock), is usable while unused and unexpired, and is used up by one conditional UPDATE. Each kind
/// adds who may be invited, what else makes a link unusable and what accepting it does.
/// </summary>
public abstract class OneTimeInvitationStore<T>(PortalDbContext db, TimeProvider clock)
    where T : OneTimeInvitation
{
    /// <summary>The unit of work the kind's own changes go into, with the invitation's.</summary>
    protected PortalDbContext Db { get; } = db;

    /// <summary>Now by the registered TimeProvider.</summary>
    protected DateTime Now => Instant.Now(clock);

    /// <summary>What, besides being used or expired, makes a link of this kind unusable when it is opened (e.g. an invitee who signs in already).</summary>
    protected virtual IQueryable<T> Open(IQueryable<T> invitations) => invitations;

    /// <summary>What, besides being used or expired, stops the link being used up (e.g. a withdrawal since it was opened).</summary>
    protected virtual IQueryable<T> StillUsable(IQueryable<T> invitations) => invitations;

    /// <summary>The invitation behind a link's token if it can still be accepted; null for a token that cannot be one (no query), an unknown, used or expired one.</summary>
    public async Task<T?> FindUsableAsync(string? token, CancellationToken ct = default)
    {
        if (!OneTimeTokens.IsPlausible(token))
        {
            return null;
        }

        var hash = OneTimeTokens.Hash(token!);
        var now = Now;
        return await Open(Db.Set<T>().AsNoTracking())
            .Where(i => i.TokenHash == hash && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// Uses up the invitation, once: of two requests with the same link, only one gets true. Run it inside the
    /// transaction that links the sign-in, so a failure later leaves the link usable.
    /// </summary>
    public async Task<bool> TryUseAsync(Guid invitationId, CancellationToken ct = default)
    {
        var now = Now;
        return await StillUsable(Db.Set<T>())
            .Where(i => i.Id == invitationId && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAtUtc, now), ct) == 1;
    }

    /// <summary>
    /// Adds <paramref name="invitation"/> with a new token to the pending changes and returns the token, which only the
    /// mail will hold; the caller queues the mail and saves both together. The invitee's earlier unused links
    /// (<paramref name="sameInvitee"/>) stop working.
    /// </summary>
    protected async Task<string> ReplaceAsync(Expression<Func<T, bool>> sameInvitee, T invitation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        Db.Set<T>().RemoveRange(await Db.Set<T>().Where(sameInvitee).Where(i => i.AcceptedAtUtc == null).ToListAsync(ct));
        return Add(invitation);
    }

    /// <summary>Gives the invitation its id, a new token's hash and its 7 days, adds it to the pending changes and returns the token.</summary>
    protected string Add(T invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var token = OneTimeTokens.NewToken();
        var now = Now;
        invitation.Id = Guid.NewGuid();
        invitation.TokenHash = OneTimeTokens.Hash(token);
        invitation.CreatedAtUtc = now;
        invitation.ExpiresAtUtc = now + OneTimeTokens.InvitationLifetime;
        Db.Set<T>().Add(invitation);
        return token;
    }
}
