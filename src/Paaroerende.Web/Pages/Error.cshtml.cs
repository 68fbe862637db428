using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages;

/// <summary>
/// What the user sees when something fails: plain Danish, what to do, and the correlation id to quote when they
/// call, so support can find the log line. Never a stack trace.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string CorrelationId { get; private set; } = "";

    /// <summary>The database could not be reached: a temporary outage, not a bug (503, see DatabaseOutage).</summary>
    public bool Unavailable { get; private set; }

    public void OnGet()
    {
        CorrelationId = Infrastructure.CorrelationId.Get(HttpContext);
        Unavailable = Response.StatusCode == StatusCodes.Status503ServiceUnavailable;
        if (Unavailable)
        {
            Response.Headers.RetryAfter =
                DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public void OnPost() => OnGet();
}
