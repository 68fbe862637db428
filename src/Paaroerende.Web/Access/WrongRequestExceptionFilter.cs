using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Access;

/// <summary>
/// Exceptions that mean a wrong request, not a failure, answered as one on every page, never as a 500. A global filter
/// that wraps every other page filter and the handler.
/// <list type="bullet">
/// <item>"Not yours" from the core — <see cref="NotFoundException"/>, thrown when someone acts on a citizen, a relation
/// or an update outside their units — is 404, the same page a stranger gets. Pages check access before they call the
/// core, so this is reached when something changed in between (an update withdrawn by a colleague a moment earlier) or
/// when a page forgot to.</item>
/// <item>A save refused because the same row was stored a moment earlier (<see cref="UniqueViolation"/>: a form sent
/// twice at once) is 409, with the page saying the first one was saved and how to see it. The core treats the common
/// double taps as done itself (signing up for an event, acknowledging an agreement); this answers the rest. Nothing of
/// the refused save is stored: SaveChanges is one transaction.</item>
/// </list>
/// </summary>
public sealed class WrongRequestExceptionFilter : IAsyncPageFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.ExceptionHandled)
        {
            return;
        }

        if (executed.Exception is NotFoundException)
        {
            executed.ExceptionHandled = true;
            executed.Result = new NotFoundResult();
        }
        else if (executed.Exception is DbUpdateException failed && UniqueViolation.Is(failed))
        {
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        }
    }
}
