using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// Walks the portal the way a curious person would: from the role's start page, every same-origin link, breadth
/// first, each page once; runs axe on each page and, when asked, takes screenshots. No page list to maintain: a new
/// page is covered as soon as something links to it.
/// </summary>
public sealed class SiteCrawler(PortalInChromium portal)
{
    public const int PageCap = 40;

    /// <summary>Pages that differ only in their query (paging, filters) are visited at most this many times.</summary>
    public const int QueryVariantsPerPath = 3;

    private const string LinksScript = """
        anchors => anchors
            .filter(a => !a.hasAttribute('download'))
            .map(a => a.href)
        """;

    public async Task<CrawlReport> CrawlAsync(DemoRole role)
    {
        var clock = Stopwatch.StartNew();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, role);

        // Files a page needs (style sheets, scripts, images) and its scripts must work too: a page without its style
        // sheet can pass axe and still be unusable.
        var broken = new ConcurrentQueue<BrokenLink>(); // Browser events arrive on Playwright's thread.
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && r.Request.ResourceType != "document")
            {
                broken.Enqueue(new BrokenLink(new Uri(r.Url), new Uri(page.Url),
                    $"a {r.Request.ResourceType} the page loads answers HTTP {r.Status.ToString(CultureInfo.InvariantCulture)}"));
            }
        };
        page.RequestFailed += (_, r) =>
        {
            if (r.ResourceType != "document")
            {
                broken.Enqueue(new BrokenLink(new Uri(r.Url), new Uri(page.Url), $"a {r.ResourceType} the page loads failed: {r.Failure}"));
            }
        };
        page.PageError += (_, error) =>
            broken.Enqueue(new BrokenLink(new Uri(page.Url), null, $"script error on the page: {FirstLine(error)}"));

        await using var phone = Screenshots.Folder is null
            ? null
            : await portal.NewContextAsync(phone: true, storageState: await context.StorageStateAsync());
        var phonePage = phone is null ? null : await phone.NewPageAsync();

        var origin = portal.BaseAddress;
        var start = new Uri(origin, role.StartPath);
        var queue = new Queue<(Uri Url, Uri? From)>([(start, null)]);
        var queued = new HashSet<string>(StringComparer.Ordinal) { CrawlLinks.KeyOf(start, origin)! };
        var variants = new Dictionary<string, int>(StringComparer.Ordinal);
        var scanned = new HashSet<string>(StringComparer.Ordinal);
        var pages = new List<CrawledPage>();

        while (queue.Count > 0 && pages.Count < PageCap)
        {
            var (url, from) = queue.Dequeue();
            IResponse? response;
            try
            {
                response = await page.GotoAsync(url.ToString());
            }
            catch (PlaywrightException e)
            {
                broken.Enqueue(new BrokenLink(url, from, $"the browser could not open it: {FirstLine(e.Message)}"));
                continue;
            }

            var landed = new Uri(page.Url);
            var landedKey = CrawlLinks.KeyOf(landed, origin);
            var status = response?.Status ?? 0;
            if (status >= 400)
            {
                broken.Enqueue(new BrokenLink(url, from, $"HTTP {status.ToString(CultureInfo.InvariantCulture)}"));
                continue;
            }

            if (landed.AbsolutePath.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase))
            {
                broken.Enqueue(new BrokenLink(url, from, "leads to the access-denied page"));
                continue;
            }

            var contentType = response is null ? "" : await response.HeaderValueAsync("content-type") ?? "";
            if (landedKey is null
                || !scanned.Add(landedKey)
                || !contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                continue; // Redirected off-site, to a page already scanned (e.g. the login page), or not HTML.
            }

            pages.Add(new CrawledPage(landed, status, from, await Axe.ViolationsAsync(page)));
            await Screenshots.SaveAsync(page, role.Name, "desktop");
            if (phonePage is not null)
            {
                await phonePage.GotoAsync(landed.ToString());
                await Screenshots.SaveAsync(phonePage, role.Name, "phone");
            }

            foreach (var href in await page.Locator("a[href]").EvaluateAllAsync<string[]>(LinksScript))
            {
                if (!Uri.TryCreate(href, UriKind.Absolute, out var link)
                    || CrawlLinks.KeyOf(link, origin) is not { } key
                    || !queued.Add(key))
                {
                    continue;
                }

                var path = CrawlLinks.PathOf(key);
                variants[path] = variants.GetValueOrDefault(path) + 1;
                if (variants[path] <= QueryVariantsPerPath)
                {
                    queue.Enqueue((CrawlLinks.WithoutFragment(link), landed));
                }
            }
        }

        return new CrawlReport(role.Name, pages, [.. broken], queue.Count > 0, clock.Elapsed);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
