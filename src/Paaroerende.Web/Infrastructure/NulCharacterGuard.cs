namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// A NUL character (%00) in an address's query answers 400, as ASP.NET Core already answers it in a form's values and
/// in a path. No one types one; a tool or a broken link does, and PostgreSQL refuses it in text, so it would reach the
/// database as a search word and fail there as a 500 (the public directory's search did). One check in front of every
/// page, so a page's own string parameters need not each remember it.
/// </summary>
public sealed class NulCharacterGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The raw query string is still encoded, so a NUL in it is always "%00"; only then are the values decoded to check.
        var query = context.Request.QueryString.Value;
        if (query is not null && query.Contains("%00", StringComparison.Ordinal) && HasNul(context.Request.Query))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool HasNul(IQueryCollection query) =>
        query.Any(pair => pair.Key.Contains('\0', StringComparison.Ordinal)
            || pair.Value.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true));
}
