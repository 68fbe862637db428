using System.Diagnostics;

namespace Paaroerende.Web.Infrastructure;

/// <summary>One structured line per request. Logs the route template, not the path, so no ids or names leak.</summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = CorrelationId.Get(context);
        // Set when the response starts: the exception handler clears headers set earlier, and an error answer is
        // exactly when the id is needed.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationId.HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var route = RouteOf(context);
                PortalLog.Request(logger, context.Request.Method, route, context.Response.StatusCode,
                    elapsed, correlationId);
            }
        }
    }

    private static string RouteOf(HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint)
        {
            return "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
        }

        // Static files and unmatched paths: the folder is enough to tell them apart without echoing user input.
        var path = context.Request.Path.Value ?? "/";
        var secondSlash = path.IndexOf('/', 1);
        return secondSlash > 0 ? path[..secondSlash] + "/…" : "(unmatched)";
    }
}
