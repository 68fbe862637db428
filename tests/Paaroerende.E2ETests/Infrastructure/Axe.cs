using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// axe-core over the page as it is now, limited to WCAG 2.0 and 2.1 level A and AA (the Danish law's bar).
/// </summary>
/// <remarks>
/// The axe-core script, the options and the result types are Deque.AxeCore's, but the scan calls axe.run in the page
/// itself. Deque.AxeCore.Playwright's RunAxe ships every rule's partial result for every element through .NET and into a
/// fresh browser context per scan: about 0.9 s a page here against 0.15 s, which is the difference between a crawl of
/// two hundred pages fitting the run's time budget or not. The portal has no iframes, so axe.run in the top frame
/// sees everything; AxeTests checks that both runners agree.
/// </remarks>
public static class Axe
{
    private const int SelectorsShown = 3;

    /// <summary>
    /// WCAG 2.0 and 2.1 A/AA, which the public sector must meet, and WCAG 2.2 AA's rules too: among them targets of at
    /// least 24 × 24 px (2.5.8), for a relative tapping on a phone with unsteady hands.
    /// </summary>
    public static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
        Iframes = false,
    };

    private static readonly string OptionsJson = JsonConvert.SerializeObject(Options);

    private static readonly Lazy<string> Script = new(() =>
    {
        const string name = "Deque.AxeCore.Commons.Resources.axe.min.js";
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Deque.AxeCore.Commons no longer embeds {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static async Task<AxeResult> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        var json = await page.EvaluateAsync<string>(
            "options => axe.run(document, JSON.parse(options)).then(result => JSON.stringify(result))", OptionsJson);
        return new AxeResult(JObject.Parse(json));
    }

    public static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page) =>
        (await RunAsync(page)).Violations ?? [];

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
