using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Behind a load balancer or reverse proxy (docs/adr/0013, scripts/cluster.sh): the client's address and scheme come from
/// X-Forwarded-For and X-Forwarded-Proto, but only on connections from the proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> (comma-separated addresses), and only the last hop, which the proxy itself wrote.
/// Without the setting the headers are not read at all: anyone can write them, and the rate limits are per address.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string KnownProxies = "ForwardedHeaders:KnownProxies";

    public static void UsePortalForwardedHeaders(this WebApplication app)
    {
        var proxies = (app.Configuration[KnownProxies] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => IPAddress.TryParse(p, out var address) ? address
                : throw new InvalidOperationException($"{KnownProxies} holds something that is not an address."))
            .ToList();
        if (proxies.Count == 0)
        {
            return;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };

        // The defaults trust every loopback address; only the named proxies are trusted here.
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        app.UseForwardedHeaders(options);
    }
}
