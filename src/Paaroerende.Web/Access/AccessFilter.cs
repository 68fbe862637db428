using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Paaroerende.Web.Access;

/// <summary>
/// The shape the four areas' access filters share (<see cref="PortalAreas"/>): each runs in front of every handler of
/// every page in its folder, GET and POST alike; a request it cannot place — someone else's citizen, relation or
/// municipality, an unknown or malformed id — gets the same 404 a stranger gets; what it lets through is granted as a
/// typed access the page reads (<see cref="RequestAccess"/>), never the route.
/// </summary>
public abstract class AccessFilter : IAsyncPageFilter
{
    /// <summary>The route value that names a citizen, on every area's pages.</summary>
    public const string CitizenRouteKey = "citizenId";

    /// <summary>The route value that names a relation (a relative's tie to a citizen), on every area's pages.</summary>
    public const string RelationRouteKey = "relationId";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return AdmitAsync(context, next);
    }

    /// <summary>Either grants access and calls <paramref name="page"/>, or calls <see cref="Deny"/>.</summary>
    protected abstract Task AdmitAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate page);

    /// <summary>The one answer to a request the filter cannot place: the 404 an id that does not exist gets.</summary>
    protected static void Deny(PageHandlerExecutingContext context) => context.Result = new NotFoundResult();

    protected static bool IsOverview(PageHandlerExecutingContext context) =>
        context.ActionDescriptor.ModelTypeInfo?.IsDefined(typeof(OverviewPageAttribute), inherit: false) == true;

    /// <summary>
    /// An id from the route: <see cref="RouteId.Absent"/> when the page's route has no such value, <see cref="RouteId.Malformed"/>
    /// when it has one that is not an id (then the caller denies).
    /// </summary>
    protected static RouteId RouteGuid(PageHandlerExecutingContext context, string key) =>
        !context.RouteData.Values.TryGetValue(key, out var raw) ? RouteId.Absent
        : Guid.TryParse(raw?.ToString(), out var id) ? RouteId.Of(id)
        : RouteId.Malformed;
}

/// <summary>An id a page's route may carry: absent, malformed, or a value.</summary>
public readonly record struct RouteId(bool IsPresent, Guid? Value)
{
    public static readonly RouteId Absent = new(false, null);
    public static readonly RouteId Malformed = new(true, null);

    public static RouteId Of(Guid id) => new(true, id);
}
