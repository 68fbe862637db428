using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Filters;
using Paaroerende.Core.Identity;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Staff and administrators must use two-factor sign-in (docs/adr/0009). One who signs in without it yet is sent to
/// the set-up page from every page except the few needed to get there and away; relatives may turn it on themselves.
/// </summary>
internal static class TwoFactorRequirement
{
    public const string SetupPage = "/Account/TwoFactorSetup";

    private static readonly string[] RequiredForRoles = [PortalRoles.Staff, PortalRoles.Administrator];

    /// <summary>The pages a user may still open before the set-up is done: signing in and out, errors, language.</summary>
    private static readonly HashSet<string> PagesAllowedBeforeSetup = new(StringComparer.OrdinalIgnoreCase)
    {
        SetupPage, "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Logout",
        "/Account/LoggedOut", "/Account/KeepAlive", "/Account/AccessDenied", "/Account/Lockout",
        "/Account/AcceptInvitation", "/Error", "/StatusCode", "/Sprog", "/Tilgaengelighed",
    };

    public static bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(RequiredForRoles.Contains);

    public static bool IsRequiredFor(ClaimsPrincipal user) => RequiredForRoles.Any(user.IsInRole);

    public static bool IsMissing(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && IsRequiredFor(user) && !user.HasClaim(c => c.Type == PortalClaims.TwoFactorEnabled);

    public static bool AppliesTo(string viewEnginePath) => !PagesAllowedBeforeSetup.Contains(viewEnginePath);
}

/// <summary>Added to every page but those above by a convention in PagesSetup, so no page can forget it.</summary>
internal sealed class TwoFactorSetupFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (TwoFactorRequirement.IsMissing(http.User))
        {
            var returnUrl = http.Request.Method == HttpMethods.Get ? http.Request.Path + http.Request.QueryString : (string?)null;
            context.Result = new Microsoft.AspNetCore.Mvc.RedirectToPageResult(TwoFactorRequirement.SetupPage, new { returnUrl });
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
