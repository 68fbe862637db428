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

    /// <summary>
    /// A new page of the context signed in as Hvidovre's demo administrator through the login form and the two-factor
    /// step, left on the page the sign-in leads to.
    /// </summary>
    public static async Task<IPage> AsAdministratorAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        await (await LoginPage.OpenAsync(page)).SignInAsync(DemoAccounts.Administrator, DemoAccounts.Password);
        return page;
    }
}
