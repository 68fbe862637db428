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
          // Text for screen readers only is clipped to 1 px on purpose.
          const cut = all.filter(e => e.clientWidth > 1 && e.clientHeight > 1 && e.innerText && e.innerText.trim() !== '')
            .filter(e => {
              const s = getComputedStyle(e);
              return (hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1) || (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1);
            })
            .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : ''} "${e.innerText.trim().slice(0, 40)}"`);
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
