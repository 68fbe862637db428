namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>Proof that the scanner can say no: a page with known faults must come back with those rules broken.</summary>
[Collection(SharedPortal.Name)]
public class AxeTests(PortalInChromium portal)
{
    [Fact]
    public async Task The_scan_reports_an_image_without_text_and_a_field_without_a_label()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="da"><head><title>Fejl</title></head>
            <body><main><h1>Fejl</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>
            """);

        var violations = await Axe.ViolationsAsync(page);

        var rules = violations.Select(v => v.Id).ToList();
        Assert.Contains("image-alt", rules);
        Assert.Contains("label", rules);
        Assert.Contains("image-alt", Axe.Describe("test", violations), StringComparison.Ordinal);
    }
}
