using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Paaroerende.E2ETests.Admin;

/// <summary>Hvidovre's administrator in a real browser: two-factor sign-in, an edit in the directory, and what relatives then see.</summary>
[Collection(SharedPortal.Name)]
public class AdministrationFlowTests(PortalInChromium portal)
{
    private const int MaxAdminPages = 60;

    [Fact]
    public async Task An_administrator_edits_a_directory_entry_and_a_relative_sees_the_change()
    {
        await using var adminContext = await portal.NewContextAsync();
        var admin = await SignInAsAdministratorAsync(adminContext);

        await admin.GotoAsync("/Admin/Directory");
        var contact = admin.Locator("li.admin-contact", new() { HasText = "Genoptræningen" });
        await contact.GetByRole(AriaRole.Link, new() { Name = "Ret" }).ClickAsync();
        await admin.GetByLabel("Telefon").FillAsync("36 78 20 55");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        await admin.ArriveAtAsync(new Regex("/Admin/Directory$"));
        await Expect(admin.Locator("li.admin-contact", new() { HasText = "Genoptræningen" })).ToContainTextAsync("36 78 20 55");

        await using var relativeContext = await portal.NewContextAsync();
        var relative = await relativeContext.NewPageAsync();
        await (await LoginPage.OpenAsync(relative)).SignInAsync(DemoAccounts.Relative, DemoAccounts.Password);
        await relative.GotoAsync("/Kontakt/hvidovre");
        await Expect(relative.Locator("a[href='tel:+4536782055']")).ToBeVisibleAsync();
        await Expect(relative.Locator("a[href='tel:+4536782000']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Every_admin_page_reachable_from_the_start_page_has_no_axe_violations_at_desktop_and_phone_width()
    {
        var problems = new List<string>();
        foreach (var phone in new[] { false, true })
        {
            await using var context = await portal.NewContextAsync(phone);
            var page = await SignInAsAdministratorAsync(context);
            var visited = await VisitAdminPagesAsync(page, async url =>
            {
                var violations = await Axe.ViolationsAsync(page);
                if (violations.Count > 0)
                {
                    problems.Add(Axe.Describe($"{(phone ? "phone" : "desktop")} {url}", violations));
                }
            });
            Assert.True(visited.Count >= 15, $"Only {visited.Count} admin pages were reached: {string.Join(", ", visited)}");
        }

        Assert.True(problems.Count == 0, string.Concat(problems));
    }

    private static async Task<IPage> SignInAsAdministratorAsync(IBrowserContext context)
    {
        var page = await SignIn.AsAdministratorAsync(context);
        Assert.EndsWith("/Admin", new Uri(page.Url).AbsolutePath, StringComparison.OrdinalIgnoreCase);
        return page;
    }

    /// <summary>
    /// Follows the administrator's own links (GET only: edit forms and delete confirmations, never the CSV download),
    /// at most one page of each kind of address, and calls back on every page that loaded.
    /// </summary>
    private static async Task<IReadOnlyList<string>> VisitAdminPagesAsync(IPage page, Func<string, Task> onPage)
    {
        var queue = new Queue<string>(["/Admin"]);
        var seenKinds = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/Admin" };
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < MaxAdminPages)
        {
            var url = queue.Dequeue();
            var response = await page.GotoAsync(url);
            Assert.True(response?.Ok == true, $"{url} answered {response?.Status}");
            visited.Add(url);
            await onPage(url);
            var links = await page.Locator("main a[href^='/Admin']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            foreach (var link in links.Where(l => !l.Contains("/Export", StringComparison.OrdinalIgnoreCase)))
            {
                if (seenKinds.Add(Kind(link)))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return visited;
    }

    /// <summary>"/Admin/Directory/Contact/{id}?handler=Delete" and the same for another id are one kind of page.</summary>
    private static string Kind(string url) =>
        System.Text.RegularExpressions.Regex.Replace(url, "[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}", "{id}");
}
