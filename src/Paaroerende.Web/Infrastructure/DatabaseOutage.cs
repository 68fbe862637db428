using Microsoft.AspNetCore.Diagnostics;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Answers "the database cannot be reached" (<see cref="DatabaseUnreachable"/>) as a temporary outage the user can wait
/// out (503 with a Retry-After), anything else as a bug (500). The portal keeps no state of its own about an outage:
/// each request tries the database again, so it recovers by itself when the database is back (docs/adr/0014).
/// </summary>
internal static class DatabaseOutage
{
    public const int RetryAfterSeconds = 30;

    public static int StatusCodeFor(Exception exception) =>
        DatabaseUnreachable.Is(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>True when the error page is being shown because the database could not be reached.</summary>
    public static bool IsBeingReported(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>()?.Error is { } error && DatabaseUnreachable.Is(error);
}
