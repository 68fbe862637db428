using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Paaroerende.Core;

namespace Paaroerende.Web.Access;

/// <summary>
/// "Not yours" from the core — <see cref="NotFoundException"/>, thrown when someone acts on a citizen, a relation or
/// an update outside their units — answers 404 on every page, the same page a stranger gets, never a 500. Pages check
/// access before they call the core, so this is reached when something changed in between (an update withdrawn by a
/// colleague a moment earlier) or when a page forgot to; either way it is a wrong request, not a failure. A global filter
/// that wraps every other page filter and the handler.
/// </summary>
public sealed class NotFoundExceptionFilter : IAsyncPageFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is NotFoundException && !executed.ExceptionHandled)
        {
            executed.ExceptionHandled = true;
            executed.Result = new NotFoundResult();
        }
    }
}
