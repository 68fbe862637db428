using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Invitations;

namespace Paaroerende.Web.StaffSignIn;

/// <summary>
/// Finds the staff sign-in behind an employee's identity at the municipality's provider — issuer and subject, never
/// an e-mail address — binds one when a staff invitation is accepted through the provider, and gives the sign-in the
/// role and units the employee's groups grant (docs/adr/0044). Groups that grant nothing take the roles and units away
/// and end the employee's other sessions: the provider's groups are the truth for a municipality that has one.
/// </summary>
public sealed class StaffIdpAccounts(
    PortalDbContext db, UserManager<PortalUser> users, StaffInvitations invitations, AuditLog audit)
{
    private static readonly string[] StaffRoles = [PortalRoles.Staff, PortalRoles.Administrator];

    /// <summary>
    /// The sign-in for <paramref name="identity"/>, bound through <paramref name="invitationToken"/> when one came
    /// along, with its roles and units brought in line with the groups, all in one transaction; or why not.
    /// </summary>
    public async Task<StaffSignInResult> SignInAsync(
        StaffProvider provider, StaffIdentity identity, string? invitationToken, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(identity);
        var municipalityId = await db.Municipalities.Where(m => m.Slug == provider.Slug).Select(m => (Guid?)m.Id).SingleOrDefaultAsync(ct);
        if (municipalityId is null)
        {
            return StaffSignInResult.Refused(StaffSignInRefusal.Failed, "UnknownMunicipality");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await SignInInTransactionAsync(provider, identity, invitationToken, municipalityId.Value, ct);
        if (result.User is null && !result.Commit)
        {
            // Rolled back when the transaction goes: nothing the refused attempt tracked may be saved with the refusal.
            db.ChangeTracker.Clear();
            return result;
        }

        await transaction.CommitAsync(ct);
        return result;
    }

    private async Task<StaffSignInResult> SignInInTransactionAsync(
        StaffProvider provider, StaffIdentity identity, string? invitationToken, Guid? municipalityId, CancellationToken ct)
    {
        var bound = await users.FindByLoginAsync(identity.Issuer, identity.Subject);
        PortalUser? user;
        if (!string.IsNullOrEmpty(invitationToken))
        {
            user = await AcceptInvitationAsync(invitationToken, identity, bound, municipalityId!.Value, provider, ct);
            if (user is null)
            {
                return StaffSignInResult.Refused(StaffSignInRefusal.InvitationUnusable, "InvitationUnusable");
            }
        }
        else
        {
            user = bound;
        }

        // Only an employee of this municipality: never a citizen's or relative's sign-in, never another municipality's.
        if (user is null || user.MunicipalityId != municipalityId || user.PersonId is not null || user.CitizenId is not null)
        {
            return StaffSignInResult.Refused(StaffSignInRefusal.UnknownEmployee, "UnknownSubject");
        }

        if (user.DeactivatedAtUtc is not null)
        {
            return StaffSignInResult.Refused(StaffSignInRefusal.Deactivated, "Deactivated", user.Id);
        }

        var roles = RolesFrom(provider.Settings, identity.Groups);
        if (roles.Count == 0 && !string.IsNullOrEmpty(invitationToken))
        {
            // Rolled back: the link stays usable once the employee is in the right group.
            return StaffSignInResult.Refused(StaffSignInRefusal.NoRole, "NoRole", user.Id);
        }

        await SetRolesAsync(user, roles, ct);
        await SetUnitsAsync(user, municipalityId!.Value, provider.Settings, identity.Groups, roles.Count == 0, ct);
        if (roles.Count == 0)
        {
            // Nothing granted any more: the other sessions end on their next request too.
            await users.UpdateSecurityStampAsync(user);
        }

        await db.SaveChangesAsync(ct);
        return roles.Count == 0
            ? StaffSignInResult.Kept(StaffSignInRefusal.NoRole, "NoRole", user.Id)
            : new StaffSignInResult(user, roles, null, null, null);
    }

    /// <summary>The portal roles the employee's groups grant in the municipality.</summary>
    public static List<string> RolesFrom(MunicipalityProvider settings, IReadOnlySet<string> groups)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(groups);
        var roles = new List<string>();
        if (settings.AdministratorGroup.Length > 0 && groups.Contains(settings.AdministratorGroup))
        {
            roles.Add(PortalRoles.Administrator);
        }

        if (settings.StaffGroup.Length > 0 && groups.Contains(settings.StaffGroup))
        {
            roles.Add(PortalRoles.Staff);
        }

        return roles;
    }

    private async Task<PortalUser?> AcceptInvitationAsync(
        string token, StaffIdentity identity, PortalUser? bound, Guid municipalityId, StaffProvider provider, CancellationToken ct)
    {
        var invitation = await invitations.FindUsableAsync(token, ct);
        var user = invitation is null ? null : await users.FindByIdAsync(invitation.UserId);
        // The link is for one staff sign-in of this municipality; an identity already bound elsewhere cannot take it.
        if (invitation is null || user is null || user.MunicipalityId != municipalityId
            || (bound is not null && bound.Id != user.Id)
            || !await invitations.TryUseAsync(invitation.Id, ct))
        {
            return null;
        }

        if (bound is null)
        {
            var added = await users.AddLoginAsync(user, new UserLoginInfo(identity.Issuer, identity.Subject,
                provider.DisplayName));
            if (!added.Succeeded)
            {
                return null;
            }

            audit.Add(user.Id, AuditAction.StaffIdpBound, AuditOutcome.Recorded);
        }

        user.EmailConfirmed = true;
        return user;
    }

    private async Task SetRolesAsync(PortalUser user, List<string> granted, CancellationToken ct)
    {
        var current = await users.GetRolesAsync(user);
        var remove = current.Where(r => StaffRoles.Contains(r) && !granted.Contains(r)).ToList();
        var add = granted.Where(r => !current.Contains(r)).ToList();
        if (remove.Count > 0)
        {
            await users.RemoveFromRolesAsync(user, remove);
        }

        if (add.Count > 0)
        {
            await users.AddToRolesAsync(user, add);
        }

        ct.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// The units the groups name, when the municipality maps units to groups at all (otherwise its administrators
    /// keep assigning units in the portal); none when nothing is granted.
    /// </summary>
    private async Task SetUnitsAsync(
        PortalUser user, Guid municipalityId, MunicipalityProvider settings, IReadOnlySet<string> groups, bool none, CancellationToken ct)
    {
        if (settings.UnitGroups.Count == 0 && !none)
        {
            return;
        }

        var named = settings.UnitGroups.Where(g => groups.Contains(g.Key)).Select(g => g.Value).ToList();
        var ids = named.Select(n => Guid.TryParse(n, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var wanted = none ? [] : await db.Units
            .Where(u => u.MunicipalityId == municipalityId && (ids.Contains(u.Id) || named.Contains(u.Name)))
            .Select(u => u.Id).ToListAsync(ct);
        var current = await db.StaffUnitAssignments.Where(a => a.UserId == user.Id).ToListAsync(ct);
        db.StaffUnitAssignments.RemoveRange(current.Where(a => !wanted.Contains(a.UnitId)));
        foreach (var unitId in wanted.Where(id => current.All(a => a.UnitId != id)))
        {
            db.StaffUnitAssignments.Add(new StaffUnitAssignment { UserId = user.Id, UnitId = unitId });
        }
    }
}

/// <summary>Who the municipality's provider says signed in: issuer, stable subject, and the groups in the token.</summary>
public sealed record StaffIdentity(string Issuer, string Subject, IReadOnlySet<string> Groups)
{
    public static StaffIdentity? From(ClaimsPrincipal? principal, MunicipalityProvider settings) =>
        principal?.FindFirst("sub") is { Value.Length: > 0 } subject
            ? new StaffIdentity(subject.Issuer, subject.Value,
                principal.FindAll(settings.GroupClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal))
            : null;
}

/// <summary>The sign-in and its roles, or the refusal with its audit detail (and the account, when one is known).</summary>
public sealed record StaffSignInResult(
    PortalUser? User, IReadOnlyList<string> Roles, StaffSignInRefusal? Refusal, string? Detail, string? RefusedUserId)
{
    public static StaffSignInResult Refused(StaffSignInRefusal refusal, string detail, string? userId = null) =>
        new(null, [], refusal, detail, userId);

    /// <summary>A refusal whose changes (roles and units taken away) are committed all the same.</summary>
    public static StaffSignInResult Kept(StaffSignInRefusal refusal, string detail, string userId) =>
        new(null, [], refusal, detail, userId) { Commit = true };

    public bool Commit { get; private init; }
}
