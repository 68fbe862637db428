using System.Text.RegularExpressions;
using System.Text.Json;
using Microsoft.Playwright;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.CitizenArea;

/// <summary>
/// The demo citizen in a real browser: start page, "Hvad kan Mette se?" and the receipt as a downloaded file. Only
/// reads, so the shared demo people are left as they were.
/// </summary>
[Collection(SharedPortal.Name)]
public class CitizenViewInTheBrowserTests(PortalInChromium portal)
{
    [Fact]
    public async Task The_citizen_opens_the_preview_of_a_relative_and_downloads_the_receipt_as_json()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, DemoRole.Citizen);
        await page.GotoAsync("/Citizen");
        var mette = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Mette Testrup" }) });
        Assert.Equal("Involved", await mette.Locator("tr[data-topic='DailyLife']").GetAttributeAsync("data-level"));

        await mette.GetByRole(AriaRole.Link, new() { Name = "Hvad kan Mette Testrup se?" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/Preview$"));
        var shown = await page.Locator("[data-preview] [data-allowed-topics]").GetAttributeAsync("data-allowed-topics");
        Assert.Equal("AppointmentsAndVisits,DailyLife,HealthAndCare", string.Join(',', shown!.Split(',').Order()));
        Assert.Equal(0, await page.Locator("[data-preview] article[data-topic='Finances']").CountAsync());

        await page.GotoAsync("/Citizen");
        await mette.GetByRole(AriaRole.Link, new() { Name = "Kvittering" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/Receipt$"));
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Hent kvitteringen som fil (JSON)" }).ClickAsync());

        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        using var receipt = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        Assert.Equal("DK", receipt.RootElement.GetProperty("jurisdiction").GetString());
        Assert.Equal("Mette Testrup", receipt.RootElement.GetProperty("recipients")[0].GetProperty("name").GetString());
        var purposes = receipt.RootElement.GetProperty("services")[0].GetProperty("purposes").EnumerateArray()
            .ToDictionary(p => p.GetProperty("purpose").GetString()!, p => p.GetProperty("level").GetString());
        Assert.Equal("Involved", purposes["DailyLife"]);
        Assert.Equal("KeptOut", purposes["Finances"]);
    }
}
