using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Data;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Citizens;

/// <summary>The signed-in citizen and, on a page that names one, their own relation: pages read only through it.</summary>
public sealed record CitizenAccess(string UserId, Guid CitizenId, Guid? RelationId, Guid? PersonId, DateTime AtUtc)
{
    private const string ItemKey = "Paaroerende.CitizenAccess";

    public static CitizenAccess From(HttpContext context) =>
        context.Items[ItemKey] as CitizenAccess
        ?? throw new InvalidOperationException("CitizenAccessFilter did not run for this page.");

    internal void Store(HttpContext context) => context.Items[ItemKey] = this;
}

/// <summary>
/// In front of every page in /Citizen (a folder convention). Fails closed: a user without a citizen answers 404, and a
/// relation id in the route that is not one of this citizen's answers 404 like one that does not exist.
/// </summary>
public sealed class CitizenAccessFilter(PortalDbContext db, TimeProvider clock) : IAsyncPageFilter
{
    public const string RelationRouteKey = "relationId";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var citizenId = PortalClaims.CitizenIdOf(context.HttpContext.User);
        if (citizenId is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        Guid? relationId = null;
        Guid? personId = null;
        if (context.RouteData.Values.TryGetValue(RelationRouteKey, out var raw))
        {
            if (!Guid.TryParse(raw?.ToString(), out var id))
            {
                context.Result = new NotFoundResult();
                return;
            }

            var owner = await db.Relations.Where(r => r.Id == id && r.CitizenId == citizenId)
                .Select(r => new { r.PersonId }).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (owner is null)
            {
                context.Result = new NotFoundResult();
                return;
            }

            (relationId, personId) = (id, owner.PersonId);
        }

        new CitizenAccess(PortalClaims.UserIdOf(context.HttpContext.User), citizenId.Value, relationId, personId,
            Instant.Now(clock)).Store(context.HttpContext);
        await next();
    }
}
