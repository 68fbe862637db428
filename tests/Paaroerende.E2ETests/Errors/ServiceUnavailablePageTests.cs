using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.E2ETests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Paaroerende.E2ETests.Errors;

/// <summary>
/// The page people meet while the database is away (docs/adr/0014), in a real browser at desktop and phone width. A
/// portal of its own, as its database is taken away: the shared one must keep working for the other tests.
/// </summary>
public class ServiceUnavailablePageTests
{
    [Fact]
    public async Task With_the_database_away_a_page_shows_the_Danish_503_page_which_passes_axe_on_desktop_and_phone()
    {
        Chromium.EnsureInstalled();
        await using var portal = new KestrelPortal();
        await Task.Run(portal.Start);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        // The database file is swapped for a folder SQLite cannot open (root reads any file whatever its mode).
        var moved = portal.DatabasePath + ".away";
        SqliteConnection.ClearAllPools();
        portal.Services.GetRequiredService<DatabaseRegistration.StatementCacheHolder>().Cache?.Dispose(); // its kept connections too
        File.Move(portal.DatabasePath, moved);
        Directory.CreateDirectory(portal.DatabasePath);
        try
        {
            foreach (var (viewport, device) in new[] { (PortalInChromium.Desktop, "desktop"), (PortalInChromium.Phone, "phone") })
            {
                await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
                {
                    BaseURL = portal.BaseAddress.ToString(),
                    ViewportSize = viewport,
                    Locale = "da-DK",
                });
                var page = await context.NewPageAsync();

                var response = await page.GotoAsync("/Kontakt/hvidovre");

                Assert.Equal(503, response?.Status);
                await Expect(page.Locator("h1")).ToHaveTextAsync("Portalen er midlertidigt utilgængelig");
                await Expect(page.Locator("[data-correlation-id]")).Not.ToBeEmptyAsync();
                var violations = await Axe.ViolationsAsync(page);
                Assert.True(violations.Count == 0, Axe.Describe($"503 page ({device})", violations));
                await Screenshots.SaveAsync(page, "outage", device);
            }
        }
        finally
        {
            Directory.Delete(portal.DatabasePath);
            File.Move(moved, portal.DatabasePath);
        }
    }
}
