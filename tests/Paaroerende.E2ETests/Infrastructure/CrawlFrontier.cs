namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// The links still to visit, breadth first, each page once. A signed-in role's own area (its start page and below)
/// comes before the public pages, so the page cap never crowds out the pages only that role can see.
/// </summary>
public sealed class CrawlFrontier(Uri origin, string ownArea)
{
    private readonly Queue<(Uri Url, Uri? From)> _own = new();
    private readonly Queue<(Uri Url, Uri? From)> _rest = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _variants = new(StringComparer.Ordinal);

    public int Count => _own.Count + _rest.Count;

    /// <summary>Queues the link unless the crawl must not follow it or has already queued the same page.</summary>
    public void Add(Uri link, Uri? from)
    {
        if (CrawlLinks.KeyOf(link, origin) is not { } key || !_seen.Add(key))
        {
            return;
        }

        var kind = CrawlLinks.KindOf(key);
        _variants[kind] = _variants.GetValueOrDefault(kind) + 1;
        if (_variants[kind] > SiteCrawler.PagesPerKind)
        {
            return;
        }

        var path = CrawlLinks.PathOf(key);
        var own = ownArea != "/" && (path == ownArea || path.StartsWith(ownArea + "/", StringComparison.Ordinal));
        (own ? _own : _rest).Enqueue((CrawlLinks.WithoutFragment(link), from));
    }

    public List<(Uri Url, Uri? From)> Take(int count)
    {
        var taken = new List<(Uri Url, Uri? From)>();
        while (taken.Count < count && Count > 0)
        {
            taken.Add(_own.Count > 0 ? _own.Dequeue() : _rest.Dequeue());
        }

        return taken;
    }
}
