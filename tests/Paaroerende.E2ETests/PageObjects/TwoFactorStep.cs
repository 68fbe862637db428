using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.TestSupport;

namespace Paaroerende.E2ETests.PageObjects;

/// <summary>
/// The step after the password for staff and administrators (docs/adr/0009): at the first sign-in the two-factor
/// set-up (read the key the page shows, type the app's code, then "Fortsæt" past the recovery codes), afterwards the
/// code page (type the code computed from the key). Does nothing on any other page, so relatives pass straight through.
/// A code works once (docs/adr/0018), so each sign-in of an account types a code of a newer time-step than the one
/// before, and waits for the app's next code when the steps the portal accepts ahead of now are used up.
/// </summary>
public static partial class TwoFactorStep
{
    private static readonly Dictionary<string, long> LastStepUsed = new(StringComparer.OrdinalIgnoreCase);
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task CompleteIfAskedAsync(IPage page, string? account = null, string key = DemoAccounts.AuthenticatorKey)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = new Uri(page.Url).AbsolutePath;
        if (path.Equals("/Account/TwoFactorSetup", StringComparison.OrdinalIgnoreCase))
        {
            var shownKey = (await page.Locator("[data-authenticator-key]").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
            await page.GetByLabel("Kode fra appen").FillAsync(await FreshCodeAsync(shownKey, account ?? shownKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "Slå to-trins-login til" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Fortsæt" }).ClickAsync();
            await page.ArriveAtAsync(NotAnAccountPage());
        }
        else if (path.Equals("/Account/LoginWith2fa", StringComparison.OrdinalIgnoreCase))
        {
            await page.GetByLabel("Kode fra appen").FillAsync(await FreshCodeAsync(key, account ?? key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
            await page.ArriveAtAsync(NotAnAccountPage());
        }
    }

    /// <summary>The code of the first time-step after the account's last one; the portal runs on the real clock.</summary>
    private static async Task<string> FreshCodeAsync(string key, string account)
    {
        await OneAtATime.WaitAsync();
        try
        {
            var step = AuthenticatorCodes.StepAt(DateTimeOffset.UtcNow);
            if (LastStepUsed.TryGetValue(account, out var last) && last >= step)
            {
                step = last + 1;
            }

            while (step > AuthenticatorCodes.StepAt(DateTimeOffset.UtcNow) + AuthenticatorCodes.Tolerance)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            LastStepUsed[account] = step;
            return Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(step * (long)AuthenticatorCodes.StepLength.TotalSeconds));
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    [GeneratedRegex(@"^(?!.*/Account/)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnAccountPage();
}
