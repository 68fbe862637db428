using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Paaroerende.Core.Administration;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Fails closed: an administrator whose account names no municipality gets 404 from every editor, so no editor
/// ever has to decide what "no municipality" would mean. Added to the /Admin folder by a convention in PagesSetup.
/// </summary>
internal sealed class AdminMunicipalityFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PortalClaims.MunicipalityIdOf(context.HttpContext.User) is null)
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

/// <summary>The signed-in administrator: every admin query starts from their municipality.</summary>
public static class AdminScope
{
    /// <summary>The administrator's municipality; AdminMunicipalityFilter has already answered 404 when there is none.</summary>
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
