using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// WCAG 2.1 1.4.12 Text spacing (AA): with line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em and word
/// spacing 0.16 em (what a reader with dyslexia or low vision sets in their own style sheet) no text may be cut off.
/// The spacing is set through the page's style objects, which the portal's content security policy allows (it forbids
/// style attributes and elements), and taken away again afterwards.
/// </summary>
public static class TextSpacing
{
    private const string Script = """
        () => {
          const all = [...document.body.querySelectorAll('*')];
          const spaced = { 'line-height': '1.5', 'letter-spacing': '0.12em', 'word-spacing': '0.16em' };
          for (const e of all) for (const [name, value] of Object.entries(spaced)) e.style.setProperty(name, value, 'important');
          for (const p of document.body.querySelectorAll('p')) p.style.setProperty('margin-bottom', '2em', 'important');
          const hides = v => v === 'hidden' || v === 'clip';
          const cut = [];
          // Text for screen readers only is clipped to 1 px on purpose. An element's empty overflow (a last paragraph's
          // margin) cuts nothing: only text reaching past the element's inside counts. A chart's labels are part of its
          // picture (its figures stand in the table beside it, ADR 0037), not text a reader's style sheet reflows.
          for (const e of all.filter(e => e.clientWidth > 1 && e.clientHeight > 1 && !(e instanceof SVGElement))) {
            const s = getComputedStyle(e);
            if (!hides(s.overflowX) && !hides(s.overflowY)) continue;
            const box = e.getBoundingClientRect();
            const inside = { left: box.left + e.clientLeft, top: box.top + e.clientTop };
            inside.right = inside.left + e.clientWidth;
            inside.bottom = inside.top + e.clientHeight;
            const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.textContent.trim() === '' || node.parentElement.closest('.sr-only')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const r = range.getBoundingClientRect();
              if (r.width === 0) continue;
              const outX = hides(s.overflowX) && (r.left < inside.left - 1 || r.right > inside.right + 1);
              const outY = hides(s.overflowY) && (r.top < inside.top - 1 || r.bottom > inside.bottom + 1);
              if (outX || outY) {
                cut.push(`${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : ''} "${node.textContent.trim().slice(0, 40)}"`);
                break;
              }
            }
          }
          for (const e of all) {
            for (const name of [...Object.keys(spaced), 'margin-bottom']) e.style.removeProperty(name);
            if (e.getAttribute('style') === '') e.removeAttribute('style');
          }
          return cut;
        }
        """;

    /// <summary>The elements whose text is cut off with the spacing set (tag, classes and the text's start); empty when none.</summary>
    public static async Task<IReadOnlyList<string>> CutOffAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string[]>(Script);
    }
}
