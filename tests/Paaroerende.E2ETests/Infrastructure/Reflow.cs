using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// WCAG 2.1 1.4.10 Reflow: at <see cref="PortalInChromium.Reflow"/>'s 320 px nothing may make the page scroll sideways
/// (a relative reading on a small phone, or zoomed in, must never have to scroll sideways to read a line).
/// </summary>
public static class Reflow
{
    /// <summary>
    /// Lays the page out at 320 px in its own tab and answers its width when wider than that, otherwise null. The tab
    /// stays at 320 px: the caller sets the size it goes on with.
    /// </summary>
    public static async Task<int?> TooWideAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.SetViewportSizeAsync(PortalInChromium.Reflow.Width, PortalInChromium.Reflow.Height);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        return width > PortalInChromium.Reflow.Width ? width : null;
    }
}
