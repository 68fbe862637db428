using Microsoft.Playwright;
using Paaroerende.Core.Demo;

namespace Paaroerende.E2ETests.PageObjects;

public static class SignIn
{
    /// <summary>
    /// Signs in as the demo account through the real login form and fails loudly when that did not work, so a broken
    /// login never hides behind a later, confusing failure.
    /// </summary>
    public static async Task AsAsync(IPage page, DemoRole role)
    {
        if (!role.SignsIn)
        {
            return;
        }

        var login = await LoginPage.OpenAsync(page);
        try
        {
            await login.SignInAsync(role.Email!, DemoAccounts.Password);
        }
        catch (TimeoutException e)
        {
            var text = await page.Locator("body").InnerTextAsync();
            throw new InvalidOperationException(
                $"Signing in as {role.Email} did not leave the login page. The page says: {text.Trim()}", e);
        }
    }
}
