using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Staff;

/// <summary>What the tenancy check let through for this request: the page works on this citizen (and relation) only.</summary>
public sealed record StaffAccess(string UserId, Guid CitizenId, Guid? RelationId, DateTime AtUtc)
{
    private const string ItemKey = "Paaroerende.StaffAccess";

    public static StaffAccess From(HttpContext context) =>
        context.Items[ItemKey] as StaffAccess
        ?? throw new InvalidOperationException("StaffCitizenFilter did not run for this page.");

    internal void Store(HttpContext context) => context.Items[ItemKey] = this;
}

/// <summary>
/// Put on every staff page about one citizen. The tenancy check runs before any handler, GET or POST: the route must
/// name a citizen of the staff member's own units, and a relation in the route must belong to that citizen;
/// anything else — another unit's citizen, someone else's relation, an unknown or missing id — answers the same 404.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StaffCitizenPageAttribute() : TypeFilterAttribute(typeof(StaffCitizenFilter));

public sealed class StaffCitizenFilter(StaffScope scope, TimeProvider clock) : IAsyncPageFilter
{
    public const string CitizenRouteKey = "citizenId";
    public const string RelationRouteKey = "relationId";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var ct = context.HttpContext.RequestAborted;
        var userId = PortalClaims.UserIdOf(context.HttpContext.User);
        var values = context.RouteData.Values;
        if (!Guid.TryParse(values[CitizenRouteKey]?.ToString(), out var citizenId)
            || !await scope.CanActOnCitizenAsync(userId, citizenId, ct))
        {
            context.Result = new NotFoundResult();
            return;
        }

        Guid? relationId = null;
        if (values.ContainsKey(RelationRouteKey))
        {
            if (!Guid.TryParse(values[RelationRouteKey]?.ToString(), out var id)
                || !await scope.Relations(userId).AnyAsync(r => r.Id == id && r.CitizenId == citizenId, ct))
            {
                context.Result = new NotFoundResult();
                return;
            }

            relationId = id;
        }

        new StaffAccess(userId, citizenId, relationId, Instant.Now(clock)).Store(context.HttpContext);
        await next();
    }
}

/// <summary>Marks the staff start page: it lists only the staff member's own citizens and so names none in its route.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StaffOverviewPageAttribute : Attribute;
