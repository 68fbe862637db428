using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// WCAG 2.1 1.4.10 Reflow: at <see cref="PortalInChromium.Reflow"/>'s 320 px nothing may make the page scroll sideways
/// (a relative reading on a small phone, or zoomed in, must never have to scroll sideways to read a line).
/// </summary>
public static class Reflow
{
    /// <summary>
    /// What reaches past the screen's right edge: the innermost elements, and text running out of its element (a long
    /// word), as "tag.classes "text…" (right edge px)".
    /// </summary>
    private const string SticksOutScript = """
        limit => {
          const past = r => r.right > limit + 0.5;
          const name = e => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : ''}`;
          const elements = [...document.body.querySelectorAll('*')]
            .filter(e => past(e.getBoundingClientRect()) && ![...e.children].some(c => past(c.getBoundingClientRect())))
            .map(e => `${name(e)} "${(e.innerText || '').trim().slice(0, 30)}" (${Math.round(e.getBoundingClientRect().right)} px)`);
          const texts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            const r = range.getBoundingClientRect();
            if (r.width > 0 && past(r)) texts.push(`text in ${name(node.parentElement)} "${node.textContent.trim().slice(0, 30)}" (${Math.round(r.right)} px)`);
          }
          return [...elements, ...texts].slice(0, 4).join('; ') || 'nothing measurable (a pseudo-element or a shadow?)';
        }
        """;

    /// <summary>
    /// Lays the page out at 320 px in its own tab and, when the document is wider, answers how wide and which elements
    /// stick out; otherwise null. The tab stays at 320 px: the caller sets the size it goes on with.
    /// </summary>
    public static async Task<string?> TooWideAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var limit = PortalInChromium.Reflow.Width;
        await page.SetViewportSizeAsync(limit, PortalInChromium.Reflow.Height);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        return width > limit
            ? $"{width} px wide on a {limit} px screen (WCAG 1.4.10): {await page.EvaluateAsync<string>(SticksOutScript, limit)}"
            : null;
    }
}
