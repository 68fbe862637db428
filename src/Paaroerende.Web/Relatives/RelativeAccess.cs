using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Filters;
using Paaroerende.Core;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Relatives;

/// <summary>Marks a relatives' page that shows only the relative's own relations, so it names no citizen.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RelativeOverviewPageAttribute : Attribute;

/// <summary>
/// What the gate let through for this request: the page reads citizen data only through it. The person is the person
/// record behind the sign-in whose active relation to the citizen let the request through; the relation is that one.
/// </summary>
public sealed record RelativeAccess(string UserId, Guid PersonId, Guid CitizenId, Guid RelationId, DateTime AtUtc)
{
    private const string ItemKey = "Paaroerende.RelativeAccess";

    public static RelativeAccess From(HttpContext context) =>
        context.Items[ItemKey] as RelativeAccess
        ?? throw new InvalidOperationException("RelativeAccessFilter did not run for this page.");

    internal void Store(HttpContext context) => context.Items[ItemKey] = this;
}

/// <summary>
/// In front of every page in /Relatives (a folder convention, so a new page cannot be forgotten). Fails closed: a
/// page must name a citizen in its route ("citizenId") or be marked as an overview; a citizen the relative may not
/// see answers exactly like one that does not exist — 404 — and the attempt is audited.
/// </summary>
public sealed class RelativeAccessFilter(ConsentGate gate, AuditLog audit, TimeProvider clock) : IAsyncPageFilter
{
    public const string CitizenRouteKey = "citizenId";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.ActionDescriptor.ModelTypeInfo?.IsDefined(typeof(RelativeOverviewPageAttribute), inherit: false) == true)
        {
            await next();
            return;
        }

        if (!Guid.TryParse(context.RouteData.Values[CitizenRouteKey]?.ToString(), out var citizenId))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var userId = PortalClaims.UserIdOf(context.HttpContext.User);
        var now = Instant.Now(clock);
        var relation = await gate.ActiveRelationsOfUser(userId, now)
            .Where(r => r.CitizenId == citizenId)
            .OrderByDescending(r => r.RecordedAtUtc)
            .Select(r => new { r.Id, r.PersonId })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (relation is null)
        {
            await audit.RecordRelativeReadAsync(userId, PortalClaims.PersonIdOf(context.HttpContext.User), citizenId,
                topicsShown: null, context.HttpContext.RequestAborted);
            context.Result = new NotFoundResult();
            return;
        }

        new RelativeAccess(userId, relation.PersonId, citizenId, relation.Id, now).Store(context.HttpContext);
        await next();
    }
}
