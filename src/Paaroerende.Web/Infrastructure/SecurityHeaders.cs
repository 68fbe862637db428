namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// The headers every answer carries — pages, errors, status pages and static files (docs/adr/0013). Set when the
/// response starts, so they survive the exception handler and the status-code pages, which clear the headers and run
/// the pipeline again.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IConfiguration configuration)
{
    /// <summary>
    /// Scripts, styles, fonts and images from the portal itself only: no inline script or style (no 'unsafe-inline'),
    /// no eval, no plugins, and no page may frame the portal. Forms post only to the portal.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private readonly string _policy = PolicyFor(
        configuration.GetSection("StaffSignIn:Municipalities").GetChildren().Select(m => m["Authority"])
            .Prepend(configuration.GetValue<string>("MitId:Authority")));

    /// <summary>
    /// The policy, with MitID's origin (NemLog-in's) and each municipality's own staff provider's allowed as a form's
    /// target when configured: signing out is a form, and its answer redirects to the provider's end-session endpoint,
    /// which a browser checks against form-action.
    /// </summary>
    public static string PolicyFor(string? mitIdAuthority) => PolicyFor([mitIdAuthority]);

    public static string PolicyFor(IEnumerable<string?> authorities)
    {
        var origins = authorities
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return origins.Count == 0
            ? ContentSecurityPolicy
            : ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {string.Join(' ', origins)}", StringComparison.Ordinal);
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            var (http, policy) = ((HttpContext, string))state;
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY"; // frame-ancestors for browsers that predate it
            // Invitation and reset links carry their token in the address: never send it to another site.
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (http.User.Identity?.IsAuthenticated == true)
            {
                // A signed-in page holds personal data: no browser or proxy may keep it (the back button after
                // signing out on a shared computer).
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        }, (context, _policy));
        return next(context);
    }
}
