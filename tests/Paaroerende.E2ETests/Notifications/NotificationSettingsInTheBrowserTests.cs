using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Notifications;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.NotificationsArea;

/// <summary>
/// The mail choices in Chromium, at desktop and phone width: found from the start page, off by default, saved with a
/// Danish confirmation, still on after a reload — and a read alert the citizen chose lands in the pickup folder.
/// Each test turns its choice off again, so the shared demo accounts stay as they were.
/// </summary>
[Collection(SharedPortal.Name)]
public class NotificationSettingsInTheBrowserTests(PortalInChromium portal)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_relative_turns_on_the_daily_digest_from_the_start_page(bool phone)
    {
        await using var context = await portal.NewContextAsync(phone);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, DemoRole.Relative);

        await page.Locator("a[data-notifications]").ClickAsync();
        await page.ArriveAtAsync(new Regex("/Relatives/Notifications$"));
        var digest = page.GetByLabel("Send mig et dagligt overblik over nye opdateringer");
        Assert.False(await digest.IsCheckedAsync());
        await digest.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-saved]")).ToHaveTextAsync("Dit valg er gemt.");
        await Screenshots.SaveAsync(page, "relative", phone ? "phone" : "desktop");
        await page.ReloadAsync();
        Assert.True(await page.GetByLabel("Send mig et dagligt overblik over nye opdateringer").IsCheckedAsync());
        Assert.Equal(0, await page.Locator("[data-saved]").CountAsync());

        await page.GetByLabel("Send mig et dagligt overblik over nye opdateringer").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-saved]")).ToBeVisibleAsync();
        Assert.False(await page.GetByLabel("Send mig et dagligt overblik over nye opdateringer").IsCheckedAsync());
    }

    [Fact]
    public async Task The_citizen_turns_on_read_alerts_and_the_next_read_by_a_relative_is_mailed_without_names()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, DemoRole.Citizen);

        await page.Locator("a[data-notifications]").ClickAsync();
        var alerts = page.GetByLabel("Send mig en mail, når en pårørende har læst mine oplysninger");
        Assert.False(await alerts.IsCheckedAsync());
        await alerts.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-saved]")).ToHaveTextAsync("Dit valg er gemt.");
        await Screenshots.SaveAsync(page, "citizen", "desktop");

        await using (var relativeContext = await portal.NewContextAsync())
        {
            var relativePage = await relativeContext.NewPageAsync();
            await SignIn.AsAsync(relativePage, DemoRole.Relative);
            Assert.Equal(200, (await relativePage.GotoAsync($"/Relatives/Citizen/{await IngerAsync()}"))?.Status);
        }

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReadAlerts>().RunAsync();
        }

        var mail = await DeliveredAsync(DemoAccounts.Citizen);
        Assert.Contains("har læst dine oplysninger", mail.Body, StringComparison.Ordinal);
        Assert.Contains("/Citizen/WhoLooked", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Mette", mail.Body, StringComparison.Ordinal);

        await page.ReloadAsync();
        await page.GetByLabel("Send mig en mail, når en pårørende har læst mine oplysninger").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-saved]")).ToBeVisibleAsync();
    }

    private async Task<Guid> IngerAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Citizens.Where(c => c.UserId != null && db.Users.Any(u => u.Id == c.UserId && u.Email == DemoAccounts.Citizen))
            .Select(c => c.Id).SingleAsync();
    }

    private async Task<PickedUpMail> DeliveredAsync(string to)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var mail = Directory.Exists(portal.MailFolder)
                ? Directory.GetFiles(portal.MailFolder, "*.eml").Select(PickupFolder.Read).FirstOrDefault(m => m.To == to)
                : null;
            if (mail is not null)
            {
                return mail;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {to} in the pickup folder.");
    }
}
