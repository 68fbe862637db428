namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// The links still to visit, each page once, breadth first within four tiers: the role's own area (its start page
/// and below) before the public pages it can also reach, and in each, a kind of page not yet seen a few times before
/// one more copy of a kind already covered (another citizen's audit page). The page cap then buys the widest coverage,
/// and a copy is still visited when the cap allows, since it may link to a kind of page nothing else links to.
/// </summary>
public sealed class CrawlFrontier(Uri origin, string ownArea)
{
    private readonly Queue<(Uri Url, Uri? From)>[] _tiers = [new(), new(), new(), new()];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);

    public int Count => _tiers.Sum(t => t.Count);

    /// <summary>Queues the link unless the crawl must not follow it or has already queued the same page.</summary>
    public void Add(Uri link, Uri? from)
    {
        if (CrawlLinks.KeyOf(link, origin) is not { } key || !_seen.Add(key))
        {
            return;
        }

        var kind = CrawlLinks.KindOf(key);
        _kinds[kind] = _kinds.GetValueOrDefault(kind) + 1;
        var path = CrawlLinks.PathOf(key);
        var own = ownArea != "/" && (path == ownArea || path.StartsWith(ownArea + "/", StringComparison.Ordinal));
        var tier = (own ? 0 : 2) + (_kinds[kind] > SiteCrawler.PagesPerKind ? 1 : 0);
        _tiers[tier].Enqueue((CrawlLinks.WithoutFragment(link), from));
    }

    /// <summary>What is still queued, in visiting order (for the report when the crawl stops at its cap).</summary>
    public IEnumerable<Uri> Remaining => _tiers.SelectMany(t => t.Select(l => l.Url));

    public List<(Uri Url, Uri? From)> Take(int count)
    {
        var taken = new List<(Uri Url, Uri? From)>();
        while (taken.Count < count && _tiers.FirstOrDefault(t => t.Count > 0) is { } tier)
        {
            taken.Add(tier.Dequeue());
        }

        return taken;
    }
}
