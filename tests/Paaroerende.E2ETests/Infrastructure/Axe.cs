using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>axe-core over the page as it is now, limited to WCAG 2.0 and 2.1 level A and AA (the Danish law's bar).</summary>
public static class Axe
{
    private const int SelectorsShown = 3;

    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page) =>
        (await page.RunAxe(Options)).Violations ?? [];

    /// <summary>One block per violation: rule, impact, help, where to read more, the first few offending elements.</summary>
    public static string Describe(string where, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{where}: {violation.Id} ({violation.Impact ?? "no impact"}) {violation.Help} — {violation.HelpUrl}\n");
            var nodes = violation.Nodes ?? [];
            foreach (var node in nodes.Take(SelectorsShown))
            {
                text.Append(CultureInfo.InvariantCulture, $"    at {node.Target}   {Shorten(node.Html)}\n");
            }

            if (nodes.Length > SelectorsShown)
            {
                text.Append(CultureInfo.InvariantCulture, $"    ... and {nodes.Length - SelectorsShown} more\n");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string? html)
    {
        var flat = (html ?? "").ReplaceLineEndings(" ");
        return flat.Length <= 120 ? flat : string.Concat(flat.AsSpan(0, 117), "...");
    }
}
