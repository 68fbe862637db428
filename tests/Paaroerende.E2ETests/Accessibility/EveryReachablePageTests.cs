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
    public async Task Every_page_a_role_can_reach_fits_320_pixels_without_scrolling_sideways(string role)
    {
        var report = await portal.Crawls.ForAsync(DemoRole.Named(role));

        var tooWide = string.Join('\n', report.Pages.Where(p => p.TooWideAtReflow is not null)
            .Select(p => $"{p.Url.PathAndQuery}: {p.TooWideAtReflow}"));

        AssertReachedSomething(report);
        Assert.True(tooWide.Length == 0, $"Pages that scroll sideways at 320 px (WCAG 1.4.10) as {role}:\n{tooWide}");
    }

    [Theory]
    [MemberData(nameof(DemoRole.AllNames), MemberType = typeof(DemoRole))]
    public async Task Every_page_a_role_can_reach_keeps_its_text_whole_with_wider_text_spacing(string role)
    {
        var report = await portal.Crawls.ForAsync(DemoRole.Named(role));

        var cut = string.Join('\n', report.Pages.Where(p => p.CutOffWithTextSpacing is { Count: > 0 })
            .Select(p => $"{p.Url.PathAndQuery}: {string.Join("; ", p.CutOffWithTextSpacing!)}"));

        AssertReachedSomething(report);
        Assert.True(cut.Length == 0, $"Text cut off with WCAG 1.4.12's text spacing as {role}:\n{cut}");
    }

    [Theory]
    [MemberData(nameof(DemoRole.AllNames), MemberType = typeof(DemoRole))]
    public async Task Every_page_a_role_can_reach_shows_a_keyboard_user_where_the_focus_is(string role)
    {
        var report = await portal.Crawls.ForAsync(DemoRole.Named(role));

        var lost = string.Join('\n', report.Pages.Where(p => p.KeyboardFocusProblems is { Count: > 0 })
            .Select(p => $"{p.Url.PathAndQuery}: {string.Join("; ", p.KeyboardFocusProblems!)}"));

        AssertReachedSomething(report);
        Assert.True(lost.Length == 0, $"Where a keyboard user loses the focus (WCAG 2.4.3, 2.4.7, 2.4.11) as {role}:\n{lost}");
    }

    [Theory]
    [MemberData(nameof(DemoRole.AllNames), MemberType = typeof(DemoRole))]
    public async Task Every_page_a_role_can_reach_keeps_the_words_of_its_cells_labels_and_buttons_whole_at_320_pixels(string role)
    {
        var report = await portal.Crawls.ForAsync(DemoRole.Named(role));

        var split = string.Join('\n', report.Pages.Where(p => p.SplitWordsAtReflow is { Count: > 0 })
            .Select(p => $"{p.Url.PathAndQuery}: {string.Join("; ", p.SplitWordsAtReflow!)}"));

        AssertReachedSomething(report);
        Assert.True(split.Length == 0, $"Words broken mid-way at 320 px as {role}:\n{split}");
    }

    private static void AssertReachedSomething(CrawlReport report) =>
        Assert.True(report.Pages.Count > 0, $"The crawl as {report.Role} reached no page at all. " +
            string.Join("; ", report.BrokenLinks.Select(b => $"{b.Target.PathAndQuery}: {b.Problem}")));
}
