using Paaroerende.Core.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

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
}
