using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Filters;
using Paaroerende.Core;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Web.Access;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// Marks a relatives' page that asks the gate in its own query, together with its content, so the page costs one
/// command instead of two (the page's command budget). The filter still fails closed: such a page gets only a
/// <see cref="PendingRelativeAccess"/>, which it must grant or deny, or the request fails.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class GateInPageQueryAttribute : Attribute;

/// <summary>
/// What the gate let through for this request: the page reads citizen data only through it. The person is the person
/// record behind the sign-in whose active relation to the citizen let the request through; the relation is that one.
/// </summary>
public sealed record RelativeAccess(string UserId, Guid PersonId, Guid CitizenId, Guid RelationId, DateTime AtUtc)
{
    /// <summary>The relation's facts, loaded by the filter in the same query as the relation (the page's command budget).</summary>
    public RelationFacts? Facts { get; init; }
}

/// <summary>
/// The request of a <see cref="GateInPageQueryAttribute"/> page before the gate has answered: who asks about which
/// citizen, at which moment. The page's query starts from <see cref="Relation"/>; the page then calls
/// <see cref="Grant"/> with what it found, or <see cref="DenyAsync"/>, which audits the attempt and answers 404.
/// </summary>
public sealed class PendingRelativeAccess(string userId, Guid? personIdClaim, Guid citizenId, DateTime atUtc)
{
    public string UserId => userId;

    public Guid CitizenId => citizenId;

    public DateTime AtUtc => atUtc;

    internal bool Answered { get; private set; }

    /// <summary>The relation the filter itself would look up: the sign-in's newest active relation to the citizen.</summary>
    public IQueryable<Core.Relatives.Relation> Relation(ConsentGate gate) => RelativeAccessFilter.RelationOf(gate, userId, citizenId, atUtc);

    public RelativeAccess Grant(HttpContext context, Guid relationId, Guid personId)
    {
        Answered = true;
        var access = new RelativeAccess(userId, personId, citizenId, relationId, atUtc);
        context.Grant(access);
        return access;
    }

    public async Task<IActionResult> DenyAsync(AuditLog audit, CancellationToken cancellationToken)
    {
        Answered = true;
        await audit.RecordRelativeReadAsync(userId, personIdClaim, citizenId, topicsShown: null, cancellationToken);
        return new NotFoundResult();
    }
}

/// <summary>
/// In front of every page in /Relatives (a folder convention, so a new page cannot be forgotten). Fails closed: a
/// page must name a citizen in its route ("citizenId") or be marked as an overview; a citizen the relative may not
/// see answers exactly like one that does not exist — 404 — and the attempt is audited.
/// </summary>
public sealed class RelativeAccessFilter(ConsentGate gate, AuditLog audit, TimeProvider clock) : AccessFilter
{
    protected override async Task AdmitAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate page)
    {
        if (IsOverview(context))
        {
            await page();
            return;
        }

        if (RouteGuid(context, CitizenRouteKey).Value is not { } citizenId)
        {
            Deny(context);
            return;
        }

        var userId = PortalClaims.UserIdOf(context.HttpContext.User);
        var now = Instant.Now(clock);
        if (context.ActionDescriptor.ModelTypeInfo?.IsDefined(typeof(GateInPageQueryAttribute), inherit: false) == true)
        {
            var pending = new PendingRelativeAccess(userId, PortalClaims.PersonIdOf(context.HttpContext.User), citizenId, now);
            context.HttpContext.Grant(pending);
            var executed = await page();
            if (!pending.Answered && executed.Exception is null)
            {
                throw new InvalidOperationException(
                    $"{context.ActionDescriptor.ViewEnginePath} is marked [GateInPageQuery] but neither granted nor denied access.");
            }

            return;
        }

        var relation = await RelationOf(gate, userId, citizenId, now)
            .WithFacts(now, r => true)
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (relation is null)
        {
            await audit.RecordRelativeReadAsync(userId, PortalClaims.PersonIdOf(context.HttpContext.User), citizenId,
                topicsShown: null, context.HttpContext.RequestAborted);
            Deny(context);
            return;
        }

        context.HttpContext.Grant(new RelativeAccess(userId, relation.PersonId, citizenId, relation.RelationId, now) { Facts = relation.Facts });
        var shown = await page();

        // Every page here shows at least the citizen's name and unit, which the filter just loaded: a page shown is a
        // read of the citizen, audited like every other (a redirect after a form is not). Done here, so a new page
        // cannot forget it; pages that show topics ask the gate themselves ([GateInPageQuery]) and audit the topics.
        if (shown.Exception is null && shown.Result is PageResult)
        {
            await audit.RecordRelativePageReadAsync(userId, relation.PersonId, citizenId, relation.RelationId,
                PageName(context.ActionDescriptor.ViewEnginePath), context.HttpContext.RequestAborted);
        }
    }

    /// <summary>The page's name, as the audit log's fixed-vocabulary detail: "/Relatives/CheckIn" is "CheckIn".</summary>
    private static string PageName(string viewEnginePath) => viewEnginePath[(viewEnginePath.LastIndexOf('/') + 1)..];

    internal static IQueryable<Core.Relatives.Relation> RelationOf(ConsentGate gate, string userId, Guid citizenId, DateTime atUtc) =>
        gate.ActiveRelationsOfUser(userId, atUtc)
            .Where(r => r.CitizenId == citizenId)
            .OrderByDescending(r => r.RecordedAtUtc);
}
