using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Account;

/// <summary>
/// MitID in Chromium through the portal's local test broker (docs/adr/0035): an invited relative accepts by signing in
/// and lands on "Mine pårørende"; the demo relative signs in with MitID; a too-low level is refused in Danish. Every
/// page passes axe at phone and desktop width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public partial class MitIdInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("mitid");

    [Fact]
    public async Task An_invited_relative_accepts_by_signing_in_with_MitID_and_lands_on_Mine_paaroerende()
    {
        var email = $"mitid-{Guid.NewGuid():N}@test.example";
        var inger = await CitizenIdAsync("Inger", "Prøvesen");
        await InviteAsync(inger, email);

        var link = await Mailbox.InvitationLinkAsync(portal.MailFolder, email);
        await using var context = await portal.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("[data-invitation-intro]")).ToContainTextAsync("Du kan tage imod med MitID eller med en adgangskode");

        // The long test address breaks inside the intro instead of pushing the page sideways on the phone.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await _widths.CheckAsync(page, "invitation");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tag imod med MitID" }).ClickAsync();

        await page.ArriveAtAsync(new Regex("/TestBroker/Authorize"));
        await _widths.CheckAsync(page, "broker");
        await page.GetByLabel("En anden person", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Betydelig").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();

        await page.ArriveAtAsync(new Regex("/Relatives$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mine pårørende" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Inger Prøvesen", Exact = true })).ToBeVisibleAsync();
        await _widths.CheckAsync(page, "relative-start");
        _widths.AssertNone();
    }

    [Fact]
    public async Task The_demo_relative_signs_in_with_MitID_and_a_too_low_level_is_refused()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await _widths.CheckAsync(page, "login");

        await page.GetByRole(AriaRole.Link, new() { Name = "Log ind med MitID" }).ClickAsync();
        await page.GetByLabel("Mette Testrup").CheckAsync();
        await page.GetByLabel("Lav").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();

        await page.ArriveAtAsync(new Regex("/Account/MitIdRefused"));
        await Assertions.Expect(page.GetByText("kræver derfor mindst niveauet betydelig")).ToBeVisibleAsync();
        await _widths.CheckAsync(page, "refused-level");
        await page.GotoAsync("/Relatives");
        await page.ArriveAtAsync(new Regex("/Account/Login"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Log ind med MitID" }).ClickAsync();
        await page.GetByLabel("Mette Testrup").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();

        await page.ArriveAtAsync(new Regex("/Relatives$"));
        await Assertions.Expect(page.Locator("[data-citizen]")).ToHaveCountAsync(2);
        _widths.AssertNone();
    }

    private async Task InviteAsync(Guid inger, string email)
    {
        await using var staffContext = await portal.NewContextAsync();
        var staff = await staffContext.NewPageAsync();
        await SignIn.AsAsync(staff, DemoRole.Staff);
        await staff.GotoAsync($"/Staff/Citizens/{inger}/Nominate");
        await staff.GetByLabel("Fornavn").FillAsync("Mikkel");
        await staff.GetByLabel("Efternavn").FillAsync("Mitidsen");
        await staff.Locator("#Input_Email").FillAsync(email);
        await staff.Locator("#Input_Kind").SelectOptionAsync("Child");
        await staff.Locator("#Input_HowGiven").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await staff.ArriveAtAsync(new Regex("/Consent$"));
        var relation = RelationInAddress().Match(staff.Url).Groups[1].Value;
        await staff.Locator("[data-topic='DailyLife'] label", new() { HasText = "Orienteret" }).ClickAsync();
        await staff.Locator("label", new() { HasTextRegex = new("^\\s*Mundtligt\\s*$") }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await staff.ArriveAtAsync(new Regex("^(?!.*/Consent)"));
        await staff.Locator($"[data-relation='{relation}']").GetByRole(AriaRole.Link, new() { Name = "Inviter til portalen" }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(staff.Locator("[data-notice='InvitationSent']")).ToBeVisibleAsync();
    }

    private async Task<Guid> CitizenIdAsync(string firstName, string lastName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Citizens.Where(c => c.FirstName == firstName && c.LastName == lastName).Select(c => c.Id).SingleAsync();
    }

    [GeneratedRegex(@"/Relations/([0-9a-fA-F-]{36})/")]
    private static partial Regex RelationInAddress();
}
