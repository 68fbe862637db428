using Microsoft.Playwright;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Paaroerende.E2ETests.Localization;

[Collection(SharedPortal.Name)]
public class LanguageSwitchTests(PortalInChromium portal)
{
    [Fact]
    public async Task The_language_switch_turns_the_page_English_and_back_to_Danish()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("lang", "da");
        var danishHeading = await page.Locator("h1").First.InnerTextAsync();

        await new LanguageSwitch(page).ChooseAsync("en");
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1").First).Not.ToHaveTextAsync(danishHeading);

        await new LanguageSwitch(page).ChooseAsync("da");
        await Expect(html).ToHaveAttributeAsync("lang", "da");
        await Expect(page.Locator("h1").First).ToHaveTextAsync(danishHeading);
    }

    [Theory]
    [InlineData("/Information/ishoej")]
    [InlineData("/Kontakt/hvidovre")]
    [InlineData("/Information/hvidovre/vaerdier")]
    public async Task In_English_the_municipalitys_Danish_texts_are_marked_Danish_and_axe_finds_nothing(string url)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await new LanguageSwitch(page).ChooseAsync("en");

        await page.GotoAsync(url);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.True(await page.Locator("#main-content [lang='da']").CountAsync() > 0, $"{url} marks no Danish text");
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe(url + " in English", violations));
    }
}
