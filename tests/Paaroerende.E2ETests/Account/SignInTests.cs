using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Paaroerende.E2ETests.Account;

[Collection(SharedPortal.Name)]
public class SignInTests(PortalInChromium portal)
{
    [Theory]
    [MemberData(nameof(DemoRole.SignedInNames), MemberType = typeof(DemoRole))]
    public async Task Each_demo_role_signs_in_and_lands_on_its_start_page(string role)
    {
        var demo = DemoRole.Named(role);
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        var login = await LoginPage.OpenAsync(page);
        await login.SignInAsync(demo.Email!, DemoAccounts.Password);

        Assert.EndsWith(demo.StartPath, new Uri(page.Url).AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        var startPage = await page.ReloadAsync(); // The redirect hides the start page's own status: a 404 page has an h1 too.
        Assert.Equal(200, startPage?.Status);
        Assert.True(await page.Locator("h1").CountAsync() > 0, $"The start page {page.Url} has no h1.");
    }

    [Fact]
    public async Task A_failed_sign_in_keeps_the_email_explains_in_Danish_and_passes_axe()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = await LoginPage.OpenAsync(page);

        await login.SubmitAsync("ukendt@demo.example", "forkert-adgangskode-123");

        await Expect(login.ErrorSummary).ToBeVisibleAsync();
        Assert.EndsWith(LoginPage.Path, new Uri(page.Url).AbsolutePath, StringComparison.OrdinalIgnoreCase);
        await Expect(login.ErrorSummary).ToContainTextAsync("E-mail eller adgangskode er forkert");
        await Expect(login.Email).ToHaveValueAsync("ukendt@demo.example");
        await Expect(login.Password).ToHaveValueAsync("");
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe("login page after a failed sign-in", violations));
    }

    [Fact]
    public async Task An_empty_sign_in_form_links_each_error_to_its_field_and_passes_axe()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = await LoginPage.OpenAsync(page);

        await login.SubmitAsync("", "");

        await Expect(login.ErrorSummary).ToBeVisibleAsync();
        var links = login.ErrorSummary.Locator("a[href^='#']");
        Assert.Equal(2, await links.CountAsync());
        foreach (var link in await links.AllAsync())
        {
            var target = page.Locator(await link.GetAttributeAsync("href") ?? "#missing");
            await Expect(target).ToHaveAttributeAsync("aria-invalid", "true");
        }

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe("login page with an empty form", violations));
    }
}
