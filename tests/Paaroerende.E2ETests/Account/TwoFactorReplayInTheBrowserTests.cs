using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using Paaroerende.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Paaroerende.E2ETests.Account;

/// <summary>An authenticator code works once (docs/adr/0018): typed again, it is refused with a text that says to wait.</summary>
[Collection(SharedPortal.Name)]
public class TwoFactorReplayInTheBrowserTests(PortalInChromium portal)
{
    [Fact]
    public async Task A_code_typed_a_second_time_is_refused_in_Danish_on_desktop_and_phone_and_the_page_passes_axe()
    {
        await using (var first = await portal.NewContextAsync())
        {
            await (await LoginPage.OpenAsync(await first.NewPageAsync())).SignInAsync(DemoAccounts.Staff, DemoAccounts.Password);
        }

        foreach (var phone in new[] { false, true })
        {
            await using var context = await portal.NewContextAsync(phone);
            var page = await context.NewPageAsync();
            await (await LoginPage.OpenAsync(page)).SubmitAsync(DemoAccounts.Staff, DemoAccounts.Password);
            await page.ArriveAtAsync(new Regex("/Account/LoginWith2fa", RegexOptions.IgnoreCase));

            await page.GetByLabel("Kode fra appen").FillAsync(await LastUsedCodeAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();

            await Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("Koden er allerede brugt. Vent på den næste kode");
            Assert.Contains("/Account/LoginWith2fa", page.Url, StringComparison.OrdinalIgnoreCase);
            var violations = await Axe.ViolationsAsync(page);
            Assert.True(violations.Count == 0, Axe.Describe($"code page after a reused code ({(phone ? "phone" : "desktop")})", violations));
            await Screenshots.SaveAsync(page, "staff-reused-code", phone ? "phone" : "desktop");
        }
    }

    /// <summary>The code of the time-step the demo staff member's last sign-in used, as someone who saw it would type it.</summary>
    private async Task<string> LastUsedCodeAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var step = await db.UsedAuthenticatorSteps
            .Where(s => db.Users.Any(u => u.Id == s.UserId && u.Email == DemoAccounts.Staff))
            .Select(s => s.LastTimeStep).SingleAsync();
        return Totp.Code(DemoAccounts.AuthenticatorKey, DateTimeOffset.FromUnixTimeSeconds(step * (long)AuthenticatorCodes.StepLength.TotalSeconds));
    }
}
