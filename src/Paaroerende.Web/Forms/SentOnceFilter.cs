using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Data;
using Paaroerende.Core.Sendings;

namespace Paaroerende.Web.Forms;

/// <summary>
/// A form sent twice with the same content does its work once (docs/adr/0060). Care workers post updates and relatives send messages from
/// phones on slow connections: a second tap after the page's four-second guard, or a browser without the page's
/// script, sent the same update, message or invitation twice, each with its mails. Every form carries a key
/// (<see cref="SendingKeyTagHelper"/>); on the signed-in areas' pages the first sending of a key and its content
/// (<see cref="SendingKey"/>) claims them, and when
/// its handler sends the user on, the address is kept. The same key again is sent to that address with a notice that it
/// was already received; one that arrives while the first is still being handled waits for it (409 if it takes more than
/// <see cref="SendingOptions.LongestWait"/>, ten seconds). A sending that shows the form again
/// (what to correct, a preview), answers with a file, or fails frees its key: sending it again does the work.
/// Runs around the area's access filter: a request it refuses answers 404 and frees its claim; a second sending is
/// answered with the address the same user was sent to by the first, which the access filter let through then (the
/// address itself asks the gate again when it is opened).
/// </summary>
/// <remarks>One instance for all requests: a GET, or a POST without a key, passes through without anything resolved or
/// read; the request's own <see cref="FormSendings"/> is asked for only when there is a key to claim.</remarks>
public sealed class SentOnceFilter(IUrlHelperFactory urls, ITempDataDictionaryFactory tempData, IOptions<SendingOptions> options)
    : IAsyncPageFilter
{
    /// <summary>The hidden field that carries a form's key.</summary>
    public const string KeyField = "__Sending";

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    private readonly TimeSpan _longestWait = options.Value.LongestWait;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var key = await KeyOfAsync(http.Request);
        if (userId is null || key is null)
        {
            await next();
            return;
        }

        var sendings = http.RequestServices.GetRequiredService<FormSendings>();
        switch (await ClaimWhenFirstIsDoneAsync(sendings, userId, key, http.RequestAborted))
        {
            case SendingClaim.Done done:
                SavedNotice.AlreadySent(tempData.GetTempData(http));
                context.Result = new LocalRedirectResult(done.Location);
                return;
            case SendingClaim.InProgress:
                context.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
                return;
        }

        PageHandlerExecutedContext? executed = null;
        try
        {
            executed = await next();
        }
        finally
        {
            // Not the request's token: a client that went away must not leave its key claimed with nothing done.
            var location = executed is { Exception: null } ? LocationOf(context, executed.Result) : null;
            await (location is null
                ? sendings.ReleaseAsync(userId, key, CancellationToken.None)
                : sendings.CompleteAsync(userId, key, location, CancellationToken.None));
        }
    }

    /// <summary>
    /// Claims the key; while the first sending of the same form is still being handled, waits for it (a double tap
    /// arrives a moment after the first), so that both taps end on the page the first one leads to. Claims it after all
    /// when the first freed it; 409 only when the first is still not done after <see cref="SendingOptions.LongestWait"/>.
    /// </summary>
    private async Task<SendingClaim> ClaimWhenFirstIsDoneAsync(FormSendings sendings, string userId, string key, CancellationToken ct)
    {
        var claim = await sendings.ClaimAsync(userId, key, ct);
        for (var waited = TimeSpan.Zero; claim is SendingClaim.InProgress && waited < _longestWait; waited += PollEvery)
        {
            await Task.Delay(PollEvery, ct);
            claim = await sendings.ClaimAsync(userId, key, ct);
        }

        return claim;
    }

    private static async Task<string?> KeyOfAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return null;
        }

        return SendingKey.Of(await request.ReadFormAsync(request.HttpContext.RequestAborted));
    }

    /// <summary>The path on this site the handler sent the user to, or null when it did not send them on.</summary>
    private string? LocationOf(ActionContext context, IActionResult? result)
    {
        var url = urls.GetUrlHelper(context);
        var location = result switch
        {
            RedirectToPageResult page => (page.UrlHelper ?? url).Page(
                page.PageName, page.PageHandler, page.RouteValues, page.Protocol, page.Host, page.Fragment),
            LocalRedirectResult local => url.Content(local.Url),
            RedirectResult redirect => url.Content(redirect.Url),
            _ => null,
        };
        return location is not null && url.IsLocalUrl(location) && location.Length <= FieldLengths.Url ? location : null;
    }
}
