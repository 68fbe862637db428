using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Invitations;

namespace Paaroerende.Web.MitId;

/// <summary>
/// Finds the sign-in behind a MitID identity — the broker's issuer and subject, never an e-mail address — and binds
/// one when an invitation is accepted with MitID (docs/adr/0035). The binding is a row of Identity's external-login
/// table (issuer as the provider, subject as the key). New sign-ins are written through the stores, not the user
/// manager: a MitID sign-in may have no e-mail address (when the invited address already belongs to another sign-in),
/// and the manager's validation insists on one.
/// </summary>
public sealed class MitIdAccounts(
    PortalDbContext db, UserManager<PortalUser> users, IUserStore<PortalUser> userStore,
    OpenInvitations invitations, CitizenNominations nominations, AuditLog audit)
{
    public Task<PortalUser?> FindAsync(MitIdIdentity identity, CancellationToken ct = default) =>
        users.FindByLoginAsync(identity.Issuer, identity.Subject);

    /// <summary>
    /// Accepts the invitation behind <paramref name="token"/> for the MitID identity, in one transaction: the link is
    /// used once, the sign-in found or made, bound, given the role and linked to the person or citizen. Null when the
    /// link cannot be used (used, expired, unknown, or a citizen's link for a sign-in that is another citizen).
    /// </summary>
    public async Task<PortalUser?> AcceptInvitationAsync(string token, MitIdIdentity identity, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (await nominations.FindUsableAsync(token, ct) is { } nomination)
        {
            return await AcceptNominationAsync(nomination, identity, ct);
        }

        if (await invitations.FindAsync(token, ct) is not { } invitation)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await FindAsync(identity, ct);
        if (!invitation.CanBind(user) || !await invitation.TryUseAsync(ct))
        {
            return null;
        }

        user ??= await NewSignInAsync(identity, invitation.Email, invitation.Name, ct);
        await AddRoleAsync(user, invitation.Role, ct);
        await invitation.LinkAsync(user, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return user;
    }

    /// <summary>
    /// A relative the citizen named themself accepts (ADR 0043), in one transaction: the link used once (not if the
    /// citizen withdrew it), the sign-in found or made and bound, and only then the person, the relation and the chosen
    /// consents. The citizen cannot accept being their own relative.
    /// </summary>
    private async Task<PortalUser?> AcceptNominationAsync(CitizenNomination nomination, MitIdIdentity identity, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await FindAsync(identity, ct);
        if (user?.CitizenId == nomination.CitizenId || !await nominations.TryUseAsync(nomination.Id, ct))
        {
            return null;
        }

        user ??= await NewSignInAsync(identity, nomination.Email, nomination.FullName, ct);
        await AddRoleAsync(user, PortalRoles.Relative, ct);

        var relation = await nominations.StartAsync(nomination, user.Id, ct);
        user.PersonId ??= relation.PersonId;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return user;
    }

    private async Task<PortalUser> NewSignInAsync(MitIdIdentity identity, string invitedEmail, string name, CancellationToken ct)
    {
        // The invited address receives the portal's mails, unless another sign-in already has it: that one is not
        // this person's to take over, and whether it exists is not told.
        var emailFree = await users.FindByEmailAsync(invitedEmail) is null;
        var user = new PortalUser
        {
            UserName = $"mitid-{Guid.NewGuid():N}",
            Email = emailFree ? invitedEmail : null,
            EmailConfirmed = emailFree,
            DisplayName = name,
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        user.NormalizedUserName = users.NormalizeName(user.UserName);
        user.NormalizedEmail = user.Email is null ? null : users.NormalizeEmail(user.Email);
        await userStore.CreateAsync(user, ct);
        await ((IUserLoginStore<PortalUser>)userStore).AddLoginAsync(
            user, new UserLoginInfo(identity.Issuer, identity.Subject, MitIdOptions.Scheme), ct);
        audit.Add(user.Id, AuditAction.MitIdBound, AuditOutcome.Recorded);
        return user;
    }

    private async Task AddRoleAsync(PortalUser user, string role, CancellationToken ct)
    {
        var roles = (IUserRoleStore<PortalUser>)userStore;
        if (!await roles.IsInRoleAsync(user, users.NormalizeName(role), ct))
        {
            await roles.AddToRoleAsync(user, users.NormalizeName(role), ct);
        }
    }
}

/// <summary>Who MitID says signed in: the issuer that signed the token and its stable subject identifier for the person.</summary>
public sealed record MitIdIdentity(string Issuer, string Subject)
{
    /// <summary>The identity in the external cookie's principal, or null when it has no subject.</summary>
    public static MitIdIdentity? From(ClaimsPrincipal? principal) =>
        principal?.FindFirst(NemLogInClaims.Subject) is { Value.Length: > 0 } subject
            ? new MitIdIdentity(subject.Issuer, subject.Value)
            : null;
}
