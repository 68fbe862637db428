using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paaroerende.Core.Demo;
using Paaroerende.TestSupport;

namespace Paaroerende.E2ETests.PageObjects;

/// <summary>
/// The step after the password for staff and administrators (docs/adr/0009): at the first sign-in the two-factor
/// set-up (read the key the page shows, type the app's code, then "Fortsæt" past the recovery codes), afterwards the
/// code page (type the code computed from the key). Does nothing on any other page, so relatives pass straight through.
/// </summary>
public static partial class TwoFactorStep
{
    public static async Task CompleteIfAskedAsync(IPage page, string key = DemoAccounts.AuthenticatorKey)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = new Uri(page.Url).AbsolutePath;
        if (path.Equals("/Account/TwoFactorSetup", StringComparison.OrdinalIgnoreCase))
        {
            var shownKey = (await page.Locator("[data-authenticator-key]").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
            await page.GetByLabel("Kode fra appen").FillAsync(Totp.Code(shownKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "Slå to-trins-login til" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Fortsæt" }).ClickAsync();
            await page.WaitForURLAsync(NotAnAccountPage());
        }
        else if (path.Equals("/Account/LoginWith2fa", StringComparison.OrdinalIgnoreCase))
        {
            await page.GetByLabel("Kode fra appen").FillAsync(Totp.Code(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
            await page.WaitForURLAsync(NotAnAccountPage());
        }
    }

    [GeneratedRegex(@"^(?!.*/Account/)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnAccountPage();
}
