using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using Xunit.Abstractions;

namespace Paaroerende.E2ETests.Accessibility;

/// <summary>
/// The crawl decides which pages exist: anonymous from "/", each demo role from its start page. Nobody keeps a page
/// list, so a new page is checked as soon as anything links to it.
/// </summary>
[Collection(SharedPortal.Name)]
public class EveryReachablePageTests(PortalInChromium portal, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(DemoRole.AllNames), MemberType = typeof(DemoRole))]
    public async Task Every_page_a_role_can_reach_has_no_axe_violations(string role)
    {
        var report = await portal.Crawls.ForAsync(DemoRole.Named(role));
        output.WriteLine(report.Summary);

        var failures = string.Concat(report.Pages
            .Where(p => p.Violations.Count > 0)
            .Select(p => Axe.Describe(p.Url.PathAndQuery, p.Violations)));

        AssertReachedSomething(report);
        Assert.True(failures.Length == 0, $"axe (WCAG 2.1 A/AA, 2.2 AA) found violations as {role}:\n{failures}");
    }

    [Theory]
    [MemberData(nameof(DemoRole.AllNames), MemberType = typeof(DemoRole))]
    public async Task Every_link_a_role_can_follow_leads_to_a_page_that_loads_cleanly(string role)
    {
        var report = await portal.Crawls.ForAsync(DemoRole.Named(role));
        output.WriteLine(report.Summary);

        var failures = string.Join('\n', report.BrokenLinks.Select(b =>
            $"{b.Target.PathAndQuery}{(b.LinkedFrom is null ? "" : $" (linked from {b.LinkedFrom.PathAndQuery})")}: {b.Problem}"));

        AssertReachedSomething(report);
        Assert.True(failures.Length == 0, $"Broken links, files or scripts as {role}:\n{failures}");
    }

    [Theory]
    [MemberData(nameof(DemoRole.AllNames), MemberType = typeof(DemoRole))]
    public async Task Every_page_a_role_can_reach_fits_320_pixels_without_scrolling_sideways(string role) =>
        AssertNoPageHas(await portal.Crawls.ForAsync(DemoRole.Named(role)),
            p => p.TooWideAtReflow is { } tooWide ? [tooWide] : null, "Pages that scroll sideways at 320 px (WCAG 1.4.10)");

    [Theory]
    [MemberData(nameof(DemoRole.AllNames), MemberType = typeof(DemoRole))]
    public async Task Every_page_a_role_can_reach_keeps_its_text_whole_with_wider_text_spacing(string role) =>
        AssertNoPageHas(await portal.Crawls.ForAsync(DemoRole.Named(role)),
            p => p.CutOffWithTextSpacing, "Text cut off with WCAG 1.4.12's text spacing");

    [Theory]
    [MemberData(nameof(DemoRole.AllNames), MemberType = typeof(DemoRole))]
    public async Task Every_page_a_role_can_reach_shows_a_keyboard_user_where_the_focus_is(string role) =>
        AssertNoPageHas(await portal.Crawls.ForAsync(DemoRole.Named(role)),
            p => p.KeyboardFocusProblems, "Where a keyboard user loses the focus (WCAG 2.4.3, 2.4.7, 2.4.11)");

    [Theory]
    [MemberData(nameof(DemoRole.AllNames), MemberType = typeof(DemoRole))]
    public async Task Every_page_a_role_can_reach_keeps_the_words_of_its_cells_labels_and_buttons_whole_at_320_pixels(string role) =>
        AssertNoPageHas(await portal.Crawls.ForAsync(DemoRole.Named(role)),
            p => p.SplitWordsAtReflow, "Words broken mid-way at 320 px");

    /// <summary>Fails with every crawled page that has any of <paramref name="problems"/>, each with its own.</summary>
    private static void AssertNoPageHas(CrawlReport report, Func<CrawledPage, IReadOnlyList<string>?> problems, string what)
    {
        var found = string.Join('\n', report.Pages
            .Select(p => (p.Url, Problems: problems(p)))
            .Where(p => p.Problems is { Count: > 0 })
            .Select(p => $"{p.Url.PathAndQuery}: {string.Join("; ", p.Problems!)}"));

        AssertReachedSomething(report);
        Assert.True(found.Length == 0, $"{what} as {report.Role}:\n{found}");
    }

    private static void AssertReachedSomething(CrawlReport report) =>
        Assert.True(report.Pages.Count > 0, $"The crawl as {report.Role} reached no page at all. " +
            string.Join("; ", report.BrokenLinks.Select(b => $"{b.Target.PathAndQuery}: {b.Problem}")));
}
