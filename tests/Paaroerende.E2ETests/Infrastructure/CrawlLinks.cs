using System.Text.RegularExpressions;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// Which links the crawl follows and when two links are the same page: same origin, GET, no fragment, query
/// parameters sorted and the sign-in return address dropped; never a sign-out, a download or a static file.
/// </summary>
public static partial class CrawlLinks
{
    /// <summary>The key two links share when they show the same page, or null when the crawl must not follow the link.</summary>
    public static string? KeyOf(Uri link, Uri origin)
    {
        if (!link.IsAbsoluteUri
            || !string.Equals(link.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(link.Host, origin.Host, StringComparison.OrdinalIgnoreCase)
            || link.Port != origin.Port)
        {
            return null;
        }

        var path = link.AbsolutePath.Length > 1 ? link.AbsolutePath.TrimEnd('/') : link.AbsolutePath;
        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        if (lastSegment.Contains('.', StringComparison.Ordinal) || NotAPage().IsMatch(path))
        {
            return null;
        }

        var query = Query(link.Query);
        if (query.Any(p => p.Name.Equals("handler", StringComparison.OrdinalIgnoreCase) && NotAPage().IsMatch(p.Value)))
        {
            return null;
        }

        var kept = query
            .Where(p => !p.Name.Equals("returnUrl", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name.ToLowerInvariant()}={p.Value}")
            .ToList();
        var key = path.ToLowerInvariant();
        return kept.Count == 0 ? key : $"{key}?{string.Join('&', kept)}";
    }

    /// <summary>The path part of a key.</summary>
    public static string PathOf(string key)
    {
        var question = key.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? key : key[..question];
    }

    /// <summary>
    /// The kind of page a key shows: ids in the path and values in the query left out, so /staff/citizens/{id} and
    /// /kontakt?page= are one kind each. The crawl scans a few pages of each kind, not every citizen's copy.
    /// </summary>
    public static string KindOf(string key)
    {
        var path = string.Join('/', PathOf(key).Split('/').Select(segment => IdSegment().IsMatch(segment) ? "{id}" : segment));
        var question = key.IndexOf('?', StringComparison.Ordinal);
        return question < 0
            ? path
            : $"{path}?{string.Join('&', key[(question + 1)..].Split('&').Select(pair => pair.Split('=')[0]))}=";
    }

    /// <summary>The link without its fragment, as the browser should load it.</summary>
    public static Uri WithoutFragment(Uri link) => new UriBuilder(link) { Fragment = "" }.Uri;

    private static List<(string Name, string Value)> Query(string query) =>
        [.. query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Select(pair => (Uri.UnescapeDataString(pair[0].Replace('+', ' ')),
                pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : ""))];

    [GeneratedRegex(@"^([0-9]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", RegexOptions.IgnoreCase)]
    private static partial Regex IdSegment();

    // Signing out would end the crawl's session; downloads and exports are files, not pages.
    [GeneratedRegex(@"log-?out|log-?off|sign-?out|log-?ud|download|export", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPage();
}
