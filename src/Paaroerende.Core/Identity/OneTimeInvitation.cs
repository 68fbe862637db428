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
    public static IQueryable<T> Usable<T>(this IQueryable<T> invitations, string tokenHash, DateTime now)
        where T : class, IOneTimeInvitation =>
        invitations.Where(i => i.TokenHash == tokenHash && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now);

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
