using Deque.AxeCore.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>Proof that the scanner can say no, and that it says what Deque's own runner says.</summary>
[Collection(SharedPortal.Name)]
public class AxeTests(PortalInChromium portal)
{
    private const string FaultyPage = """
        <!DOCTYPE html><html lang="da"><head><title>Fejl</title></head>
        <body><main><h1>Fejl</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text">
        <p style="color:#bbb;background:#fff">Svag kontrast</p><a href="/"></a>
        </main></body></html>
        """;

    [Fact]
    public async Task The_scan_reports_an_image_without_text_a_field_without_a_label_and_weak_contrast()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(FaultyPage);

        var violations = await Axe.ViolationsAsync(page);

        var rules = violations.Select(v => v.Id).ToList();
        Assert.Contains("image-alt", rules);
        Assert.Contains("label", rules);
        Assert.Contains("color-contrast", rules);
        Assert.Contains("image-alt", Axe.Describe("test", violations), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scan_finds_the_same_violations_as_Deques_RunAxe()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(FaultyPage);

        var ours = await Axe.ViolationsAsync(page);
        var deques = (await page.RunAxe(Axe.Options)).Violations;

        Assert.Equal(Fingerprint(deques), Fingerprint(ours));
    }

    private static List<string> Fingerprint(IEnumerable<Deque.AxeCore.Commons.AxeResultItem> violations) =>
        [.. violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} {n.Target}")).Order(StringComparer.Ordinal)];
}
