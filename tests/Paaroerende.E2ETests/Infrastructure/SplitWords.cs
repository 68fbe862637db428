using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// Words broken mid-way where a reader looks for one thing at a time: a table's cells, a field's label, a button. On
/// a phone a name squeezed into a narrow column ("Karen Eksemp|elsen") is read wrongly or not at all; a table that is
/// too wide scrolls inside its wrapper instead. A break after a hyphen or a soft hyphen ("To-trins-|login") is a
/// place the word may break, and a word wider than the page's column (a file name) has to break somewhere.
/// </summary>
public static class SplitWords
{
    private const string Script = """
        () => {
          // A word wider than the page's column (a file name) has to break somewhere: only a word that would fit counts.
          const room = document.documentElement.clientWidth - 32;
          return [...document.querySelectorAll('th, td, label, legend, button, .button')].flatMap(e => {
            const split = [];
            const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const word of node.textContent.matchAll(/[^\s\-\u00AD\/]+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                const parts = [...range.getClientRects()].filter(r => r.width > 0);
                const lines = new Set(parts.map(r => Math.round(r.top)));
                const width = parts.reduce((sum, r) => sum + r.width, 0);
                if (lines.size > 1 && width <= room) split.push(`${e.tagName.toLowerCase()} "${word[0]}"`);
              }
            }
            return split;
          });
        }
        """;

    /// <summary>The words broken mid-way on the page as it is laid out now, as "tag "word""; empty when none.</summary>
    public static async Task<IReadOnlyList<string>> InCellsLabelsAndButtonsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string[]>(Script);
    }
}
