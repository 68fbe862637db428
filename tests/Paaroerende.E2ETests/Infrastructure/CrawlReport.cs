using Deque.AxeCore.Commons;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// A page the crawl opened and scanned; <paramref name="TooWideAtReflow"/> says how wide it laid itself out on WCAG's
/// narrowest screen (320 px) and what stuck out when that was wider than the screen (the page scrolls sideways),
/// otherwise null;
/// <paramref name="CutOffWithTextSpacing"/> the elements whose text WCAG's text spacing cuts off (<see cref="TextSpacing"/>);
/// <paramref name="KeyboardFocusProblems"/> where a keyboard user loses sight of the focus (<see cref="KeyboardFocus"/>);
/// <paramref name="SplitWordsAtReflow"/> the words broken mid-way in cells, labels and buttons at 320 px (<see cref="SplitWords"/>).
/// </summary>
public sealed record CrawledPage(Uri Url, int Status, Uri? LinkedFrom, IReadOnlyList<AxeResultItem> Violations, string? TooWideAtReflow = null, IReadOnlyList<string>? CutOffWithTextSpacing = null, IReadOnlyList<string>? KeyboardFocusProblems = null, IReadOnlyList<string>? SplitWordsAtReflow = null);

/// <summary>
/// A link that led nowhere useful (an error status, the access-denied page, a browser failure), a file a page needs
/// that did not load, or a script error.
/// </summary>
public sealed record BrokenLink(Uri Target, Uri? LinkedFrom, string Problem);

/// <summary>What one role could reach, what axe said about each page, and which links were broken.</summary>
public sealed record CrawlReport(
    string Role, IReadOnlyList<CrawledPage> Pages, IReadOnlyList<BrokenLink> BrokenLinks, IReadOnlyList<Uri> LeftUnvisited, TimeSpan Took, TimeSpan AxeTook)
{
    public string Summary =>
        $"{Role}: {Pages.Count} page(s) in {Took.TotalSeconds:0.0} s (axe {AxeTook.TotalSeconds:0.0} s){(LeftUnvisited.Count > 0 ? $" (stopped at the page cap)" : "")}: " +
        string.Join(", ", Pages.Select(p => p.Url.PathAndQuery)) +
        (LeftUnvisited.Count > 0 ? $"\nLeft unvisited: {string.Join(", ", LeftUnvisited.Select(u => u.PathAndQuery))}" : "");
}
