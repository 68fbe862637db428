using Microsoft.EntityFrameworkCore;

namespace Paaroerende.Core.Identity;

/// <summary>What every invitation behind a one-time link has, whoever it invites (relative or citizen).</summary>
public interface IOneTimeInvitation
{
    Guid Id { get; }

    string TokenHash { get; }

    DateTime ExpiresAtUtc { get; }

    DateTime? AcceptedAtUtc { get; set; }
}

/// <summary>
/// The one-time rules of <see cref="OneTimeTokens"/> as queries, shared by the invitation kinds so the rules live in one
/// place: a link is usable while unused and unexpired, and is used up by one conditional UPDATE.
/// </summary>
public static class OneTimeInvitations
{
    /// <summary>The invitations behind a token's hash that are still unused and unexpired at <paramref name="now"/>.</summary>
    private static IQueryable<T> Usable<T>(this IQueryable<T> invitations, string tokenHash, DateTime now)
        where T : class, IOneTimeInvitation =>
        invitations.Where(i => i.TokenHash == tokenHash && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now);

    /// <summary>
    /// The invitation behind a link's token if it is still unused and unexpired at <paramref name="now"/>; null for a
    /// token that cannot be one (empty or overlong: no query) and for an unknown, used or expired one.
    /// </summary>
    public static async Task<T?> FindUsableAsync<T>(this IQueryable<T> invitations, string? token, DateTime now, CancellationToken ct)
        where T : class, IOneTimeInvitation =>
        OneTimeTokens.IsPlausible(token)
            ? await invitations.Usable(OneTimeTokens.Hash(token!), now).SingleOrDefaultAsync(ct)
            : null;

    /// <summary>
    /// Uses up the invitation, once: of two requests with the same link, only one gets true. Run it inside the
    /// transaction that links the sign-in, so a failure later leaves the link usable.
    /// </summary>
    public static async Task<bool> UseOnceAsync<T>(this IQueryable<T> invitations, Guid invitationId, DateTime now, CancellationToken ct)
        where T : class, IOneTimeInvitation =>
        await invitations
            .Where(i => i.Id == invitationId && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAtUtc, now), ct) == 1;
}
