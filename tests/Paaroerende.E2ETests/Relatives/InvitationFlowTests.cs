using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Relatives;

/// <summary>
/// The relatives' portal as a new user meets it, in Chromium: staff nominate and invite, the mail's link leads to
/// choosing a password, and the first sign-in lands on the start page and the citizen's page — each page free of axe
/// violations. And a relative of citizens in two municipalities sees both after one sign-in.
/// </summary>
[Collection(SharedPortal.Name)]
public partial class InvitationFlowTests(PortalInChromium portal)
{
    [Fact]
    public async Task Invitation_then_first_sign_in_then_start_page_then_citizen_page()
    {
        var email = $"ny-{Guid.NewGuid():N}@test.example";
        var inger = await CitizenIdAsync("Inger", "Prøvesen");

        await using (var staffContext = await portal.NewContextAsync())
        {
            var staff = await staffContext.NewPageAsync();
            await SignIn.AsAsync(staff, DemoRole.Staff);
            await staff.GotoAsync($"/Staff/Citizens/{inger}/Nominate");
            await staff.GetByLabel("Fornavn").FillAsync("Rosa");
            await staff.GetByLabel("Efternavn").FillAsync("Nyinviteret");
            await staff.Locator("#Input_Email").FillAsync(email);
            await staff.Locator("#Input_Kind").SelectOptionAsync("Child");
            await staff.Locator("#Input_HowGiven").CheckAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
            await staff.ArriveAtAsync(new Regex("/Consent$"));
            var relation = RelationInAddress().Match(staff.Url).Groups[1].Value;

            await staff.Locator("[data-topic='DailyLife'] label", new() { HasText = "Orienteret" }).ClickAsync();
            // The last week's updates too, as staff choose for a new relative: without it only today's show, and the
            // demo's "Gåtur i haven" (three hours old) is yesterday's between midnight and three in Danish time.
            await staff.Locator("[data-topic='DailyLife'] summary").ClickAsync();
            await staff.Locator("[data-topic='DailyLife']").GetByLabel("Vis også opdateringer fra").FillAsync(
                DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await staff.Locator("label", new() { HasTextRegex = new("^\\s*Mundtligt\\s*$") }).ClickAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
            await staff.ArriveAtAsync(new Regex("^(?!.*/Consent)"));

            await staff.Locator($"[data-relation='{relation}']").GetByRole(AriaRole.Link, new() { Name = "Inviter til portalen" }).ClickAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
            await Assertions.Expect(staff.Locator("[data-notice='InvitationSent']")).ToBeVisibleAsync();
        }

        var link = await Mailbox.InvitationLinkAsync(portal.MailFolder, email);
        await using var relativeContext = await portal.NewContextAsync(phone: true);
        var page = await relativeContext.NewPageAsync();
        await page.GotoAsync(link);
        await AssertNoAxeViolationsAsync(page, "the invitation page");
        await page.GetByLabel("Vælg en adgangskode").FillAsync("rosas lange nye adgangskode");
        await page.GetByLabel("Gentag adgangskoden").FillAsync("rosas lange nye adgangskode");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret min konto" }).ClickAsync();

        await page.ArriveAtAsync(new Regex("/Relatives$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mine pårørende" })).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page, "the start page");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inger Prøvesen", Exact = true }).ClickAsync();

        await page.ArriveAtAsync(new Regex($"/Relatives/Citizen/{inger}$", RegexOptions.IgnoreCase));
        await Assertions.Expect(page.GetByText("Du kan følge med i:")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gåtur i haven" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ændring i medicin")).ToHaveCountAsync(0);
        await AssertNoAxeViolationsAsync(page, "the citizen's page");
    }

    [Fact]
    public async Task One_sign_in_shows_citizens_in_two_municipalities()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignIn.AsAsync(page, DemoRole.Relative);

        var cards = page.Locator("[data-citizen]");
        await Assertions.Expect(cards.Filter(new() { HasText = "Hvidovre Kommune" })).ToHaveCountAsync(1);
        await Assertions.Expect(cards.Filter(new() { HasText = "Ishøj Kommune" })).ToHaveCountAsync(1);
        foreach (var name in new[] { "Inger Prøvesen", "Bent Eksempelsen" })
        {
            await page.GotoAsync("/Relatives");
            await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        }
    }

    private async Task<Guid> CitizenIdAsync(string firstName, string lastName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Citizens.Where(c => c.FirstName == firstName && c.LastName == lastName).Select(c => c.Id).SingleAsync();
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page, string where)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe(where, violations));
    }

    [GeneratedRegex(@"/Relations/([0-9a-fA-F-]{36})/")]
    private static partial Regex RelationInAddress();
}
