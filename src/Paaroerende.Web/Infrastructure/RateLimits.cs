using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Paaroerende.Core.RateLimiting;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// How often one client address may post to the sign-in, invitation and password-reset pages (docs/adr/0013), counted
/// across every instance of the portal (docs/adr/0040). The limits are in the "RateLimits" configuration section; only
/// posts count, so reading a page never uses an attempt.
/// </summary>
internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Invitation = "invitation";
    public const string PasswordReset = "password-reset";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddScoped<SharedRateLimitCounter>();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.All.All(l => l.PermitLimit > 0 && l.Window > TimeSpan.Zero),
                "Every RateLimits PermitLimit and Window must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PerClientAddress(context, SignIn, o => o.SignIn));
            options.AddPolicy(Invitation, context => PerClientAddress(context, Invitation, o => o.Invitation));
            options.AddPolicy(PasswordReset, context => PerClientAddress(context, PasswordReset, o => o.PasswordReset));
            options.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerClientAddress(
        HttpContext context, string policy, Func<RateLimitOptions, WindowLimit> select)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var services = context.RequestServices;
        var limit = select(services.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.Get(SharedRateLimitCounter.KeyOf(policy, ClientKey(context.Connection.RemoteIpAddress)), key =>
            new SharedWindowRateLimiter(key, limit, services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>()));
    }

    /// <summary>
    /// The connection's own address. X-Forwarded-For is not read: anyone can write it, so it is trusted only once
    /// forwarded headers are configured with known proxies (which then set RemoteIpAddress). An IPv6 client is one
    /// /64 network, as one subscriber usually holds a whole /64. Without an address (an in-memory test server) all
    /// requests share one partition, so the limit still holds.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && !IPAddress.IsLoopback(address))
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    /// <summary>Says when to try again (Retry-After, whole seconds) and leaves the page to the status-code pages.</summary>
    private static ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "";
        PortalLog.RateLimited(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits)),
            policy, CorrelationId.Get(http));
        return ValueTask.CompletedTask;
    }
}

internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    public WindowLimit Invitation { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    public WindowLimit PasswordReset { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) };

    public IEnumerable<WindowLimit> All => [SignIn, Invitation, PasswordReset];
}

/// <summary>At most <see cref="PermitLimit"/> posts from one client address per <see cref="Window"/>.</summary>
internal sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
