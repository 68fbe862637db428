namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// Proof that the check finds a name broken in a squeezed column, and lets a word break after its hyphen, and a file
/// name wider than the page break where it must.
/// </summary>
[Collection(SharedPortal.Name)]
public class SplitWordsTests(PortalInChromium portal)
{
    private const string Page = """
        <!DOCTYPE html><html lang="da"><head><title>Ord</title>
        <style>body { margin: 0; width: 320px; font: 16px sans-serif; } a { overflow-wrap: anywhere; } td, th { border: 1px solid; }</style></head>
        <body><main><h1>Ord</h1>
        <table><tr><th scope="row"><a href="#k">Karen Eksempelsen</a></th><td>10. maj 1950</td><td>Plejecenter Demohaven i Hvidovre</td></tr></table>
        <p><button style="width: 90px">To-trins-login</button></p>
        <p><button>Fjern JuleraadetFaellesstuenb2ae3e29a0f64570934118d85e1fecfa.jpg</button></p>
        </main></body></html>
        """;

    [Fact]
    public async Task The_check_finds_a_name_broken_in_a_squeezed_column_and_not_a_hyphenated_word_or_a_file_name_wider_than_the_page()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(PortalInChromium.Reflow.Width, PortalInChromium.Reflow.Height);
        await page.SetContentAsync(Page);

        var split = await SplitWords.InCellsLabelsAndButtonsAsync(page);

        Assert.Contains("th \"Eksempelsen\"", split);
        Assert.DoesNotContain(split, s => s.StartsWith("button", StringComparison.Ordinal));
    }
}
