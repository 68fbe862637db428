using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// A flow's check of the page it is on: axe at phone and at desktop width; at 320 px no scrolling sideways
/// (<see cref="Reflow"/>) and no word broken mid-way in a cell, label or button (<see cref="SplitWords"/>); no text cut
/// off with wider text spacing (<see cref="TextSpacing"/>), and the focus always in sight of a keyboard user
/// (<see cref="KeyboardFocus"/>) at both widths. Each problem is collected (so the flow goes on and reports them all at
/// the end), and a screenshot per width named by the step is saved when PAAROERENDE_SCREENSHOTS is set. The page is
/// left at desktop width.
/// </summary>
public sealed class BothWidths(string flow)
{
    private readonly List<string> _problems = [];

    /// <summary>Fails with every problem the flow met, each in full.</summary>
    public void AssertNone() =>
        Assert.True(_problems.Count == 0, $"The flow {flow} met {_problems.Count} problem(s):\n{string.Join('\n', _problems)}");

    public async Task CheckAsync(IPage page, string step)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (await Reflow.TooWideAsync(page) is { } tooWide)
        {
            _problems.Add($"{step}: {tooWide}");
        }

        if (await SplitWords.InCellsLabelsAndButtonsAsync(page) is { Count: > 0 } split)
        {
            _problems.Add($"{step}: words broken mid-way at 320 px: {string.Join("; ", split)}");
        }

        foreach (var (size, device) in new[] { (PortalInChromium.Phone, "phone"), (PortalInChromium.Desktop, "desktop") })
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            var violations = await Axe.ViolationsAsync(page);
            if (violations.Count > 0)
            {
                _problems.Add(Axe.Describe($"{step} ({device})", violations));
            }

            if (await TextSpacing.CutOffAsync(page) is { Count: > 0 } cutOff)
            {
                _problems.Add($"{step} ({device}): text cut off with WCAG 1.4.12's text spacing: {string.Join("; ", cutOff)}");
            }

            if (await KeyboardFocus.ProblemsAsync(page) is { Count: > 0 } lost)
            {
                _problems.Add($"{step} ({device}): a keyboard user loses the focus: {string.Join("; ", lost)}");
            }

            if (Screenshots.Folder is { } folder)
            {
                Directory.CreateDirectory(folder);
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = Path.Combine(folder, $"{flow}__{step}.{device}.png"), FullPage = true,
                });
            }
        }
    }
}
