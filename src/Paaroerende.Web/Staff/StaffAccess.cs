using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Access;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Staff;

/// <summary>What the tenancy check let through for this request: the page works on this citizen (and relation) only.</summary>
public sealed record StaffAccess(string UserId, Guid CitizenId, Guid? RelationId, DateTime AtUtc);

/// <summary>
/// In front of every page in /Staff (a folder convention, <see cref="PortalAreas"/>). The tenancy check runs before any
/// handler, GET or POST: the route must name a citizen of the staff member's own units, and a relation in the route
/// must belong to that citizen; anything else — another unit's citizen, someone else's relation, an unknown or missing
/// id — answers the same 404. Only an <see cref="OverviewPageAttribute"/> page, which scopes its own items to the staff
/// member's units, names no citizen.
/// </summary>
public sealed class StaffAccessFilter(StaffScope scope, TimeProvider clock) : AccessFilter
{
    protected override async Task AdmitAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate page)
    {
        if (IsOverview(context))
        {
            await page();
            return;
        }

        var ct = context.HttpContext.RequestAborted;
        var userId = PortalClaims.UserIdOf(context.HttpContext.User);
        if (RouteGuid(context, CitizenRouteKey).Value is not { } citizenId
            || !await scope.CanActOnCitizenAsync(userId, citizenId, ct))
        {
            Deny(context);
            return;
        }

        var relation = RouteGuid(context, RelationRouteKey);
        if (relation.IsPresent
            && (relation.Value is not { } relationId
                || !await scope.Relations(userId).AnyAsync(r => r.Id == relationId && r.CitizenId == citizenId, ct)))
        {
            Deny(context);
            return;
        }

        context.HttpContext.Grant(new StaffAccess(userId, citizenId, relation.Value, Instant.Now(clock)));
        await page();
    }
}
