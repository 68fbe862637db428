using Microsoft.AspNetCore.Mvc;

namespace Paaroerende.Web.Infrastructure;

/// <summary>The one rule for following a returnUrl (login, both second steps, two-factor set-up, language switch).</summary>
internal static class ReturnUrls
{
    /// <summary>
    /// The address when it is on this site (IsLocalUrl: no scheme, no "//" or "/\", no control characters) and plain
    /// printable ASCII — every address the portal writes itself is escaped, and anything else cannot be sent in a
    /// Location header (it failed with 500 before: found by wapiti, docs/security.md); otherwise null.
    /// </summary>
    public static string? Local(IUrlHelper url, string? returnUrl) =>
        url.IsLocalUrl(returnUrl) && returnUrl.All(c => c is > ' ' and < '\u007F') ? returnUrl : null;

    /// <summary>The address to go on to after signing in: a local return address other than the front page, or the role's start page.</summary>
    public static string AfterSignIn(IUrlHelper url, string? returnUrl, string startPage) =>
        Local(url, returnUrl) is { } local && local != "/" ? local : startPage;
}
