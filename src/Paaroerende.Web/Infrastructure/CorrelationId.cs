using System.Text.RegularExpressions;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// One id per request, shown on the error page and written on every log line, so a citizen's phone call about an
/// error can be matched to the log. An incoming X-Correlation-Id is honoured only if it is a short, plain token.
/// </summary>
internal static partial class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";
    private const string ItemKey = "Paaroerende.CorrelationId";

    public static string Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[ItemKey] is string existing)
        {
            return existing;
        }

        var incoming = context.Request.Headers[HeaderName].ToString();
        var id = SafeToken().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("N")[..12];
        context.Items[ItemKey] = id;
        return id;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex SafeToken();
}
