using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Answers 404 when a page has no handler for the request: a POST to a page that only shows, or a <c>?handler=</c> the
/// page does not have. Left alone, Razor Pages runs such a request without a handler, or with the page's unnamed one in
/// place of the unknown name; a page that asks the consent gate inside its handlers then fails with a server error,
/// and a relative with access would get another answer than a stranger. 404 is exactly what a stranger gets. A global
/// filter that runs before every other page filter, so no page can forget it and no access filter sees the request.
/// </summary>
public sealed class MissingHandlerFilter : IAsyncPageFilter, IOrderedFilter
{
    private const string HandlerKey = "handler";

    public int Order => int.MinValue;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (HasHandlerFor(context))
        {
            return next();
        }

        context.Result = new NotFoundResult();
        return Task.CompletedTask;
    }

    private static bool HasHandlerFor(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        // The error and status pages are re-executed with the failed request's method: they must always answer.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return true;
        }

        var requested = RequestedHandler(context);
        if (context.HandlerMethod is { } selected)
        {
            return requested is null || string.Equals(selected.Name, requested, StringComparison.OrdinalIgnoreCase);
        }

        // A page without any handler for reading is its markup alone: a plain GET shows it, as Razor Pages intends.
        return requested is null
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !context.ActionDescriptor.HandlerMethods.Any(h =>
                HttpMethods.IsGet(h.HttpMethod) || HttpMethods.IsHead(h.HttpMethod));
    }

    /// <summary>The handler name the request asks for, from the route or the query string, as Razor Pages reads it.</summary>
    private static string? RequestedHandler(PageHandlerExecutingContext context)
    {
        var name = context.RouteData.Values[HandlerKey]?.ToString();
        if (string.IsNullOrEmpty(name) && context.HttpContext.Request.Query.TryGetValue(HandlerKey, out var values))
        {
            name = values.FirstOrDefault();
        }

        return string.IsNullOrEmpty(name) ? null : name;
    }
}
