using Microsoft.Playwright;
using Paaroerende.Demo;

namespace Paaroerende.E2ETests.PageObjects;

public static class SignIn
{
    /// <summary>Signs in as the demo role through the real login form (an anonymous role stays signed out).</summary>
    public static async Task AsAsync(IPage page, DemoRole role)
    {
        if (role.SignsIn)
        {
            await (await LoginPage.OpenAsync(page)).SignInAsync(role.Email!, DemoAccounts.Password);
        }
    }
}
