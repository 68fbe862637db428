using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// A save refused because the same row was stored a moment earlier (<see cref="UniqueViolation"/>: a form sent twice at
/// once, a double tap) answers 409 with the page saying the first one was saved and how to see it, not a server error.
/// The core treats the common double taps as done itself (signing up for an event, acknowledging an agreement); this
/// catches the rest. Nothing of the refused save is stored: SaveChanges is one transaction.
/// </summary>
public sealed class StoredMeanwhileFilter : IAsyncPageFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is DbUpdateException failed && !executed.ExceptionHandled && UniqueViolation.Is(failed))
        {
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        }
    }
}
