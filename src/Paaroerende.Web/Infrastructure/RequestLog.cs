using System.Security.Claims;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Serilog's one line per request, with only what may be logged: the method, the route template (not the path, so no
/// ids or names leak, and never the query string with its tokens), the status, the elapsed time, the correlation id
/// and the signed-in account's id.
/// </summary>
internal static class RequestLog
{
    public const string MessageTemplate =
        "HTTP {RequestMethod:l} {Route:l} responded {StatusCode} in {Elapsed:0.0} ms [{CorrelationId:l}]";

    public static void UsePortalRequestLogging(this WebApplication app)
    {
        // Before the request log: the header is set when the response starts, because the exception handler clears
        // headers set earlier, and an error answer is exactly when the id is needed.
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var started = (HttpContext)state;
                started.Response.Headers[CorrelationId.HeaderName] = CorrelationId.Get(started);
                return Task.CompletedTask;
            }, context);
            return next(context);
        });

        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = MessageTemplate;
            // This host's logger: the static Log.Logger is not set (see LoggingSetup).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Every field in one array rather than through the diagnostic context: no per-property locking or copying.
            options.GetMessageTemplateProperties = PropertiesOf;
        });
    }

    public static LogEventProperty[] PropertiesOf(HttpContext context, string path, double elapsedMs, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accountId = context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;
        return
        [
            new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
            new LogEventProperty("Route", new ScalarValue(RouteOf(context))),
            new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsedMs)),
            new LogEventProperty("CorrelationId", new ScalarValue(CorrelationId.Get(context))),
            new LogEventProperty("AccountId", new ScalarValue(accountId)),
        ];
    }

    public static string RouteOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
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
