using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Deque.AxeCore.Commons;
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
    /// <summary>
    /// Pages scanned per role at most. The public site alone was 47 pages when this was set (anonymous crawl); when a
    /// crawl stops at the cap, its test output lists what was left unvisited.
    /// </summary>
    public const int PageCap = 50;

    /// <summary>
    /// Pages of one kind (the same page for another citizen, another page of a list) beyond this many wait until every
    /// new kind of page has been visited (see <see cref="CrawlFrontier"/>).
    /// </summary>
    public const int PagesPerKind = 3;

    /// <summary>Browser tabs working through the queue side by side: axe is CPU work, and the run has two cores.</summary>
    public const int Tabs = 2;

    private const string LinksScript = """
        anchors => anchors
            .filter(a => !a.hasAttribute('download'))
            .map(a => a.href)
        """;

    /// <summary>
    /// Text whose placeholder was never filled in ("Slet „{0}“?"): in the page's title, its text, or the attributes a
    /// screen reader or a field reads out.
    /// </summary>
    private const string UnfilledScript = """
        () => {
          const texts = [document.title, document.body.innerText,
            ...[...document.querySelectorAll('[aria-label], [placeholder], [title], [alt], input[type=submit][value]')]
              .flatMap(e => ['aria-label', 'placeholder', 'title', 'alt', 'value'].map(a => e.getAttribute(a) || ''))];
          return texts.flatMap(t => t.split('\n')).filter(t => /\{\d+\}/.test(t)).map(t => t.trim().slice(0, 60));
        }
        """;

    public async Task<CrawlReport> CrawlAsync(DemoRole role)
    {
        var clock = Stopwatch.StartNew();
        await using var context = await portal.NewContextAsync();
        var tabs = new List<IPage> { await context.NewPageAsync() };
        await SignIn.AsAsync(tabs[0], role);
        while (tabs.Count < Tabs)
        {
            tabs.Add(await context.NewPageAsync());
        }

        // Files a page needs (style sheets, scripts, images) and its scripts must work too: a page without its style
        // sheet can pass axe and still be unusable. Browser events arrive on Playwright's thread.
        var broken = new ConcurrentQueue<BrokenLink>();
        tabs.ForEach(tab => WatchForFailures(tab, broken));

        await using var phone = Screenshots.Folder is null
            ? null
            : await portal.NewContextAsync(phone: true, storageState: await context.StorageStateAsync());
        var phoneTabs = new List<IPage>();
        while (phone is not null && phoneTabs.Count < Tabs)
        {
            phoneTabs.Add(await phone.NewPageAsync());
        }

        var origin = portal.BaseAddress;
        var frontier = new CrawlFrontier(origin, CrawlLinks.PathOf(CrawlLinks.KeyOf(new Uri(origin, role.StartPath), origin)!));
        frontier.Add(new Uri(origin, role.StartPath), null);
        var scanned = new HashSet<string>(StringComparer.Ordinal);
        var pages = new List<CrawledPage>();
        var axeTime = TimeSpan.Zero;

        while (frontier.Count > 0 && pages.Count < PageCap)
        {
            var batch = frontier.Take(Math.Min(Tabs, PageCap - pages.Count));
            var visits = await Task.WhenAll(batch.Select((link, i) =>
                VisitAsync(tabs[i], phoneTabs.ElementAtOrDefault(i), role, link.Url, link.From, scanned)));

            foreach (var visit in visits)
            {
                if (visit.Broken is not null)
                {
                    broken.Enqueue(visit.Broken);
                }

                // Two tabs of one batch can land on the same page (two links redirecting to the login page).
                if (visit.Page is null || !scanned.Add(visit.Key!))
                {
                    continue;
                }

                pages.Add(visit.Page);
                axeTime += visit.AxeTook;
                foreach (var link in visit.Links)
                {
                    frontier.Add(link, visit.Page.Url);
                }
            }
        }

        return new CrawlReport(role.Name, pages, [.. broken], [.. frontier.Remaining], clock.Elapsed, axeTime);
    }

    private sealed record Visit(
        string? Key, CrawledPage? Page, BrokenLink? Broken, IReadOnlyList<Uri> Links, TimeSpan AxeTook)
    {
        public static Visit Nothing { get; } = new(null, null, null, [], TimeSpan.Zero);

        public static Visit Failed(BrokenLink broken) => Nothing with { Broken = broken };
    }

    private async Task<Visit> VisitAsync(
        IPage tab, IPage? phoneTab, DemoRole role, Uri url, Uri? from, HashSet<string> scanned)
    {
        IResponse? response;
        try
        {
            response = await tab.GotoAsync(url.ToString());
        }
        catch (PlaywrightException e)
        {
            return Visit.Failed(new BrokenLink(url, from, $"the browser could not open it: {FirstLine(e.Message)}"));
        }

        var status = response?.Status ?? 0;
        if (status >= 400)
        {
            return Visit.Failed(new BrokenLink(url, from, $"HTTP {status.ToString(CultureInfo.InvariantCulture)}"));
        }

        var landed = new Uri(tab.Url);
        if (landed.AbsolutePath.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase))
        {
            return Visit.Failed(new BrokenLink(url, from, "leads to the access-denied page"));
        }

        if (role.SignsIn
            && IsLoginPage(landed)
            && !IsLoginPage(url))
        {
            return Visit.Failed(new BrokenLink(url, from, "sends the signed-in user to the login page"));
        }

        var key = CrawlLinks.KeyOf(landed, portal.BaseAddress);
        var contentType = response is null ? "" : await response.HeaderValueAsync("content-type") ?? "";
        if (key is null || scanned.Contains(key) || !contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return Visit.Nothing; // Redirected off-site, to a page already scanned (e.g. the login page), or not HTML.
        }

        var axeClock = Stopwatch.StartNew();
        IReadOnlyList<AxeResultItem> violations = await Axe.ViolationsAsync(tab);
        var axeTook = axeClock.Elapsed;
        var (tooWide, splitWords) = await AtReflowAsync(tab);
        var cutOff = await TextSpacing.CutOffAsync(tab);
        var keyboard = await KeyboardFocus.ProblemsAsync(tab);

        await Screenshots.SaveAsync(tab, role.Name, "desktop");
        if (phoneTab is not null)
        {
            await phoneTab.GotoAsync(landed.ToString());
            await Screenshots.SaveAsync(phoneTab, role.Name, "phone");
        }

        var links = (await tab.Locator("a[href]").EvaluateAllAsync<string[]>(LinksScript))
            .Select(href => Uri.TryCreate(href, UriKind.Absolute, out var link) ? link : null)
            .OfType<Uri>()
            .ToList();
        // Every form sent by POST carries its sending key, or sending it twice would do its work twice (ADR 0060).
        var keyless = await tab.Locator($"form[method='post' i]:not(:has(input[type='hidden'][name='{Paaroerende.Web.Forms.SentOnceFilter.KeyField}']))").CountAsync();
        var unfilled = await tab.EvaluateAsync<string[]>(UnfilledScript);
        var broken = keyless > 0
            ? new BrokenLink(landed, from, $"{keyless.ToString(CultureInfo.InvariantCulture)} form(s) sent by POST without a sending key")
            : unfilled.Length > 0 ? new BrokenLink(landed, from, $"shows text with a placeholder not filled in: {string.Join("; ", unfilled)}")
            : null;
        return new Visit(key, new CrawledPage(landed, status, from, violations, tooWide, cutOff, keyboard, splitWords), broken, links, axeTook);
    }

    /// <summary>
    /// At 320 px: how the page is too wide, if it is (<see cref="Reflow"/>), and the words broken mid-way in its cells,
    /// labels and buttons (<see cref="SplitWords"/>); the tab goes back to desktop width for the next page.
    /// </summary>
    private static async Task<(string? TooWide, IReadOnlyList<string> SplitWords)> AtReflowAsync(IPage tab)
    {
        try
        {
            return (await Reflow.TooWideAsync(tab), await SplitWords.InCellsLabelsAndButtonsAsync(tab));
        }
        finally
        {
            await tab.SetViewportSizeAsync(PortalInChromium.Desktop.Width, PortalInChromium.Desktop.Height);
        }
    }

    private static void WatchForFailures(IPage tab, ConcurrentQueue<BrokenLink> broken)
    {
        tab.Response += (_, r) =>
        {
            if (r.Status >= 400 && r.Request.ResourceType != "document")
            {
                broken.Enqueue(new BrokenLink(new Uri(r.Url), new Uri(tab.Url),
                    $"a {r.Request.ResourceType} the page loads answers HTTP {r.Status.ToString(CultureInfo.InvariantCulture)}"));
            }
        };
        tab.RequestFailed += (_, r) =>
        {
            if (r.ResourceType != "document")
            {
                broken.Enqueue(new BrokenLink(new Uri(r.Url), new Uri(tab.Url), $"a {r.ResourceType} the page loads failed: {r.Failure}"));
            }
        };
        tab.PageError += (_, error) =>
            broken.Enqueue(new BrokenLink(new Uri(tab.Url), null, $"script error on the page: {FirstLine(error)}"));
        // Chromium reports what the Content-Security-Policy blocked (an inline handler, a style attribute, a file from
        // elsewhere) only on the console; the page then looks fine and silently does less.
        tab.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                broken.Enqueue(new BrokenLink(new Uri(tab.Url), null, $"blocked by the Content-Security-Policy: {FirstLine(message.Text)}"));
            }
        };
    }

    private static bool IsLoginPage(Uri url) =>
        url.AbsolutePath.TrimEnd('/').Equals(LoginPage.Path, StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
