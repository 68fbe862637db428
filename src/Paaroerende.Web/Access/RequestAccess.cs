namespace Paaroerende.Web.Access;

/// <summary>
/// What an area's access filter let through for this request, kept as a typed request feature (one per kind:
/// relative, citizen, staff), so a page reads "who may see what here" from one place and never from the route.
/// </summary>
public static class RequestAccess
{
    /// <summary>The access the filter granted; a page that asks for one its filter never grants is a bug, not a 404.</summary>
    public static T Access<T>(this HttpContext context) where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<T>()
            ?? throw new InvalidOperationException($"No access filter granted {typeof(T).Name} for this page.");
    }

    internal static void Grant<T>(this HttpContext context, T access) where T : class => context.Features.Set(access);
}
