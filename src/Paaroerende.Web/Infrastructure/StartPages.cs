using System.Security.Claims;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Navigation;

namespace Paaroerende.Web.Infrastructure;

/// <summary>Each role lands on its own start page after sign-in.</summary>
internal static class StartPages
{
    public static string For(ClaimsPrincipal user) => For(role => user.IsInRole(role));

    public static string For(IEnumerable<string> roles) => For(roles.ToHashSet().Contains);

    private static string For(Func<string, bool> hasRole) =>
        hasRole(PortalRoles.Administrator) ? PagePaths.Admin.Index
        : hasRole(PortalRoles.Staff) ? PagePaths.Staff.Index
        : hasRole(PortalRoles.Citizen) ? PagePaths.Citizen.Index
        : hasRole(PortalRoles.Relative) ? PagePaths.Relatives.Index
        : "/";
}
