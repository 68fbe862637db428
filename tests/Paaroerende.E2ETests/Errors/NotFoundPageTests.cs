using Paaroerende.E2ETests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Paaroerende.E2ETests.Errors;

[Collection(SharedPortal.Name)]
public class NotFoundPageTests(PortalInChromium portal)
{
    [Fact]
    public async Task An_unknown_address_shows_the_Danish_404_page_which_passes_axe()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/denne-side-findes-ikke");

        Assert.Equal(404, response?.Status);
        Assert.Equal("da", await page.Locator("html").GetAttributeAsync("lang"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Siden findes ikke");
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe("404 page", violations));
    }
}
