using System.Collections.Concurrent;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>Each role is crawled once per run; the accessibility test and the broken-link test read the same crawl.</summary>
public sealed class SiteCrawls(PortalInChromium portal)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CrawlReport>>> _reports = new();

    public Task<CrawlReport> ForAsync(DemoRole role) =>
        _reports.GetOrAdd(role.Name, _ => new Lazy<Task<CrawlReport>>(() => new SiteCrawler(portal).CrawlAsync(role))).Value;
}
