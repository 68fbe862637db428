using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Web.Notifications;

/// <summary>
/// The portal's public address (<c>Notifications:PortalUrl</c>), which every link in a mail points to: invitations,
/// password resets and the notification jobs' mails (docs/adr/0030). It is configured, never taken from the request
/// (a request's Host header is the sender's to choose), and the portal refuses to start without a usable one; the
/// Development and Testing appsettings files give one, so only a real deployment must set it.
/// </summary>
public static class PublicAddress
{
    public const string EnvironmentVariable = "Notifications__PortalUrl";

    /// <summary>The address, or an exception whose message says what to set.</summary>
    public static Uri Check(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"The setting {EnvironmentVariable} (Notifications:PortalUrl) is missing. It is the portal's public " +
                "address, e.g. https://paaroerende.kommune.dk, which the links in every mail the portal sends " +
                "(invitations, password resets, notifications) point to. Set it, e.g. as the environment variable " +
                $"{EnvironmentVariable}. See README.md and docs/adr/0030.");
        }

        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var address)
            || address.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            throw new InvalidOperationException(
                $"The setting {EnvironmentVariable} (Notifications:PortalUrl) must be the portal's public address " +
                "starting with https:// (or http://), without a query, e.g. https://paaroerende.kommune.dk.");
        }

        return address;
    }

    /// <summary>Stops the portal when it starts, not when the first mail is sent, if the address is missing or unusable.</summary>
    public static void RequirePublicAddress(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Check(services.GetRequiredService<IOptions<NotificationOptions>>().Value.PortalUrl);
    }

    /// <summary>A page's address under the public address, for a link in a mail.</summary>
    public static string MailLink(this IUrlHelper url, string pageName, object? values)
    {
        ArgumentNullException.ThrowIfNull(url);
        var options = url.ActionContext.HttpContext.RequestServices.GetRequiredService<IOptions<NotificationOptions>>().Value;
        return options.Link(url.Page(pageName, pageHandler: null, values: values)!);
    }
}
