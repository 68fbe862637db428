using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Data;
using Paaroerende.Web.Access;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Citizens;

/// <summary>The signed-in citizen and, on a page that names one, their own relation: pages read only through it.</summary>
public sealed record CitizenAccess(string UserId, Guid CitizenId, Guid? RelationId, Guid? PersonId, DateTime AtUtc);

/// <summary>
/// In front of every page in /Citizen (a folder convention, <see cref="PortalAreas"/>). Fails closed: a user without a
/// citizen answers 404, and a relation id in the route that is not one of this citizen's answers 404 like one that
/// does not exist. Every citizen page is about the signed-in citizen, so none is an overview.
/// </summary>
public sealed class CitizenAccessFilter(PortalDbContext db, TimeProvider clock) : AccessFilter
{
    protected override async Task AdmitAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate page)
    {
        if (PortalClaims.CitizenIdOf(context.HttpContext.User) is not { } citizenId)
        {
            Deny(context);
            return;
        }

        var relation = RouteGuid(context, RelationRouteKey);
        Guid? personId = null;
        if (relation.IsPresent)
        {
            var owner = relation.Value is not { } relationId ? null
                : await db.Relations.Where(r => r.Id == relationId && r.CitizenId == citizenId)
                    .Select(r => new { r.PersonId }).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (owner is null)
            {
                Deny(context);
                return;
            }

            personId = owner.PersonId;
        }

        context.HttpContext.Grant(new CitizenAccess(PortalClaims.UserIdOf(context.HttpContext.User), citizenId,
            relation.Value, personId, Instant.Now(clock)));
        await page();
    }
}
