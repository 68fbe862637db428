using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// What axe cannot see of a keyboard user's way through a page: every element the Tab key reaches shows that it has
/// the focus (WCAG 2.1 2.4.7 Focus visible, AA), is not hidden behind the page's own content when it has it (WCAG 2.2
/// 2.4.11 Focus not obscured, AA), and the order is the page's own (no positive tabindex, 2.4.3 Focus order, A).
/// An element "shows" the focus when it, its label, or their ::before and ::after look different focused than
/// unfocused (an outline, a shadow, a border or a colour); a check box drawn by its label counts by its label.
/// </summary>
public static class KeyboardFocus
{
    private const string Shared = """
        const props = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'border-top-color',
          'border-bottom-color', 'border-left-color', 'border-right-color', 'border-bottom-width', 'background-color',
          'color', 'text-decoration-line', 'text-decoration-thickness'];
        const parts = e => [e, ...(e.labels ? [...e.labels] : [])];
        const look = e => parts(e).flatMap(p => [null, '::before', '::after'].map(pseudo => {
          const s = getComputedStyle(p, pseudo);
          return props.map(n => s.getPropertyValue(n)).join('|');
        })).join('/');
        """;

    /// <summary>Before any key is pressed: how each element the Tab key can reach looks without the focus.</summary>
    private const string RememberScript = "() => {" + Shared + """
          document.activeElement?.blur();
          const reachable = [...document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]')]
            .filter(e => e.tabIndex >= 0 && !e.disabled && !(e instanceof HTMLInputElement && e.type === 'hidden')
              && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[inert]'));
          window.__unfocused = reachable.map(e => ({ e, before: look(e) }));
          return reachable.length;
        }
        """;

    /// <summary>
    /// After one press of Tab (so that focus moved by a script counts as the keyboard's, :focus-visible), each element
    /// is given the focus in turn and compared with how it looked before.
    /// </summary>
    private const string CheckScript = "() => {" + Shared + """
          const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : ''} "${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
          const tiny = r => r.width < 2 || r.height < 2;
          const found = [];
          for (const { e, before } of window.__unfocused || []) {
            if (e.tabIndex > 0) found.push(`${name(e)}: tabindex ${e.tabIndex} puts it out of the page's order (2.4.3)`);
            if (!e.isConnected) continue;
            e.focus();
            if (document.activeElement !== e || !e.matches(':focus-visible')) continue;
            if (look(e) === before) found.push(`${name(e)}: looks the same with and without the focus (2.4.7)`);
            // What the user sees of it: the element, or the label that draws a check box whose own input is hidden.
            const shown = parts(e).find(p => !tiny(p.getBoundingClientRect()) && getComputedStyle(p).opacity !== '0');
            if (!shown) { found.push(`${name(e)}: has the focus but nothing of it can be seen (2.4.7)`); continue; }
            const r = shown.getBoundingClientRect();
            const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth), top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
            if (right - left < 1 || bottom - top < 1) { found.push(`${name(e)}: has the focus outside the screen (2.4.11)`); continue; }
            const points = [[(left + right) / 2, (top + bottom) / 2], [left + 2, top + 2], [right - 2, top + 2], [left + 2, bottom - 2], [right - 2, bottom - 2]];
            const ours = hit => hit && parts(e).some(p => p.contains(hit));
            if (!points.some(([x, y]) => ours(document.elementFromPoint(x, y)))) {
              const cover = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
              found.push(`${name(e)}: hidden by ${cover ? name(cover) : 'nothing drawn'} when it has the focus (2.4.11)`);
            }
          }
          document.activeElement?.blur();
          window.scrollTo(0, 0);
          delete window.__unfocused;
          return found;
        }
        """;

    /// <summary>What a keyboard user would miss on the page as it is now, each as "element: problem (criterion)"; empty when nothing.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Mouse.MoveAsync(0, 0); // A hovered element looks different for a reason other than the focus.
        await page.EvaluateAsync<int>(RememberScript);
        await page.Keyboard.PressAsync("Tab");
        return await page.EvaluateAsync<string[]>(CheckScript);
    }
}
