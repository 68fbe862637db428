using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Paaroerende.Web.Pages;

/// <summary>
/// The page for 4xx answers. A citizen a relative may not see answers 404 exactly like one that does not exist, so
/// this page must show nothing that depends on why the answer was 404. An answer that says when to try again
/// (Retry-After: the sign-in rate limit's 429, the busy password hashing's 503) says so in words.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class StatusCodeModel(TimeProvider clock) : PageModel
{
    public int Code { get; private set; }

    /// <summary>Seconds until the client may try again, when the answer said so.</summary>
    public int? RetryAfterSeconds { get; private set; }

    /// <summary>The whole minute (UTC) from which trying again is allowed.</summary>
    public DateTime TryAgainFromUtc { get; private set; }

    /// <summary>That minute as a Danish wall-clock time: "14.05" in Danish, "14:05" in English.</summary>
    public string TryAgainFromText => Localization.DanishTime.ToLocal(TryAgainFromUtc).ToString(
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "da" ? "HH.mm" : "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The page the refused request was for, to go back to (always a path on this site).</summary>
    public string BackUrl { get; private set; } = "/";

    public void OnGet()
    {
        // Opened directly (not re-executed for another request): behave as a missing page.
        // The status comes from the re-execution itself, not from binding "code": a post whose form cannot be read
        // binds nothing, and the page then failed with 500 (found by the security tests, docs/security.md).
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Code = reExecuted is null ? StatusCodes.Status404NotFound : reExecuted.OriginalStatusCode;
        Response.StatusCode = Code;
        if (reExecuted is not null
            && int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            RetryAfterSeconds = seconds;
            var at = clock.GetUtcNow().UtcDateTime.AddSeconds(seconds);
            var wholeMinute = new DateTime(at.Ticks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, DateTimeKind.Utc);
            TryAgainFromUtc = wholeMinute == at ? at : wholeMinute.AddMinutes(1);
            BackUrl = reExecuted.OriginalPathBase + reExecuted.OriginalPath + reExecuted.OriginalQueryString;
        }

        if (reExecuted is not null && Code == StatusCodes.Status409Conflict)
        {
            // The page the form was on, without its handler: shown again, it shows what the first sending stored.
            BackUrl = reExecuted.OriginalPathBase + reExecuted.OriginalPath;
        }
    }

    public void OnPost() => OnGet();
}
