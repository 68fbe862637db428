using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Filters;
using Paaroerende.Core.Administration;
using Paaroerende.Web.Access;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Administration;

/// <summary>
/// In front of every page in /Admin (a folder convention, <see cref="PortalAreas"/>). Fails closed: an administrator
/// whose account names no municipality gets 404 from every editor, so no editor ever has to decide what "no
/// municipality" would mean; only the start page (an <see cref="OverviewPageAttribute"/> page) says so itself. Each
/// editor's own query then starts from the municipality (<see cref="AdminScope"/>).
/// </summary>
public sealed class AdminAccessFilter : AccessFilter
{
    protected override Task AdmitAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate page)
    {
        if (IsOverview(context) || PortalClaims.MunicipalityIdOf(context.HttpContext.User) is not null)
        {
            return page();
        }

        Deny(context);
        return Task.CompletedTask;
    }
}

/// <summary>The signed-in administrator: every admin query starts from their municipality.</summary>
public static class AdminScope
{
    /// <summary>The administrator's municipality; AdminAccessFilter has already answered 404 when there is none.</summary>
    public static Guid MunicipalityIdOf(ClaimsPrincipal user) =>
        PortalClaims.MunicipalityIdOf(user)
        ?? throw new InvalidOperationException("An administrator page was reached without a municipality.");

    public static AdminActor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AdminActor(
            PortalClaims.UserIdOf(user), user.FindFirstValue(PortalClaims.DisplayName) ?? "", MunicipalityIdOf(user));
    }
}
