using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Marks a page whose posts hash a password: the post waits for its client address's turn and a
/// <see cref="PasswordHashingGate"/> slot before its handler runs — asynchronously, so a queue of attempts ties up no
/// threads, and one address's burst does not queue ahead of other addresses — and answers 503 with Retry-After
/// ("try again") when none comes free in time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HashesPasswordsAttribute : Attribute, IFilterFactory
{
    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new SlotFilter(serviceProvider.GetRequiredService<PasswordHashingGate>());

    private sealed class SlotFilter(PasswordHashingGate gate) : IAsyncPageFilter
    {
        public const int RetryAfterSeconds = 5;

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var http = context.HttpContext;
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                await next();
                return;
            }

            if (!await gate.TryRunHoldingSlotAsync(RateLimits.ClientKey(http.Connection.RemoteIpAddress), () => next(), http.RequestAborted))
            {
                PortalLog.PasswordHashingBusy(http.RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger<PasswordHashingGate>(), gate.MaxWait.TotalMilliseconds, CorrelationId.Get(http));
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                context.Result = new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
            }
        }
    }
}
