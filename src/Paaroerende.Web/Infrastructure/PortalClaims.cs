using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Identity;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// The ids every request needs (which person, citizen or municipality the user is) travel in the cookie, so pages
/// need no query to find them. They are rebuilt whenever the security stamp is checked (every minute).
/// </summary>
public static class PortalClaims
{
    public const string PersonId = "paaroerende:person";
    public const string CitizenId = "paaroerende:citizen";
    public const string MunicipalityId = "paaroerende:municipality";
    public const string DisplayName = "paaroerende:name";

    /// <summary>Present when the user has two-factor sign-in turned on (see TwoFactorRequirement).</summary>
    public const string TwoFactorEnabled = "paaroerende:2fa";

    /// <summary>
    /// The value of <see cref="TwoFactorEnabled"/> for a session signed in through the municipality's own provider,
    /// which did the second factor (docs/adr/0044); kept when the claims are rebuilt.
    /// </summary>
    public const string TwoFactorByProvider = "provider";

    public static Guid? PersonIdOf(ClaimsPrincipal user) => GuidClaim(user, PersonId);

    public static Guid? CitizenIdOf(ClaimsPrincipal user) => GuidClaim(user, CitizenId);

    public static Guid? MunicipalityIdOf(ClaimsPrincipal user) => GuidClaim(user, MunicipalityId);

    public static string UserIdOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A signed-in user has no id.");
    }

    private static Guid? GuidClaim(ClaimsPrincipal user, string type)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(type), out var id) ? id : null;
    }
}

internal sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        AddIfSet(identity, PortalClaims.PersonId, user.PersonId);
        AddIfSet(identity, PortalClaims.CitizenId, user.CitizenId);
        AddIfSet(identity, PortalClaims.MunicipalityId, user.MunicipalityId);
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(PortalClaims.TwoFactorEnabled, "true"));
        }

        return identity;
    }

    private static void AddIfSet(ClaimsIdentity identity, string type, Guid? value)
    {
        if (value is { } id)
        {
            identity.AddClaim(new Claim(type, id.ToString()));
        }
    }
}
