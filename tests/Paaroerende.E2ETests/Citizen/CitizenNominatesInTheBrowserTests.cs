using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.CitizenArea;

/// <summary>
/// The citizen names a relative themself (ADR 0043) in Chromium: the demo citizen signs in with MitID, adds a relative
/// with two topics, the mail's link is followed, the new relative says yes with their own MitID through the test broker
/// as "En anden person", lands on "Mine pårørende" and sees only the chosen topics. Every page passes axe at phone and
/// desktop width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public class CitizenNominatesInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("nominate");

    [Fact]
    public async Task Inger_nominates_a_relative_who_accepts_with_MitID_and_sees_only_the_chosen_topics()
    {
        var email = $"nomineret-{Guid.NewGuid():N}@test.example";
        await using (var citizenContext = await portal.NewContextAsync())
        {
            var inger = await citizenContext.NewPageAsync();
            await SignInWithMitIdAsync(inger, "Inger Prøvesen");
            await inger.ArriveAtAsync(new Regex("/Citizen$"));
            await inger.GetByRole(AriaRole.Link, new() { Name = "Tilføj en pårørende" }).ClickAsync();
            await _widths.CheckAsync(inger, "form");

            // A missing topic is said plainly, and what was typed stays.
            await inger.GetByLabel("Fornavn").FillAsync("Sara");
            await inger.GetByLabel("Efternavn").FillAsync("Søstersen");
            await inger.Locator("#Input_Email").FillAsync(email);
            await inger.Locator("#Input_Kind").SelectOptionAsync("Sibling");
            await inger.GetByRole(AriaRole.Button, new() { Name = "Send invitationen" }).ClickAsync();
            await Assertions.Expect(inger.Locator(".form-error-message").First).ToContainTextAsync("Vælg mindst ét emne");
            await Assertions.Expect(inger.GetByLabel("Fornavn")).ToHaveValueAsync("Sara");
            await _widths.CheckAsync(inger, "form-error");

            await inger.Locator("[data-topic='DailyLife'] label", new() { HasText = "Orienteret" }).ClickAsync();
            await inger.Locator("[data-topic='AppointmentsAndVisits'] label", new() { HasText = "Involveret" }).ClickAsync();
            await inger.GetByRole(AriaRole.Button, new() { Name = "Send invitationen" }).ClickAsync();

            await Assertions.Expect(inger.Locator("[data-notice='Sent']")).ToBeVisibleAsync();
            await Assertions.Expect(inger.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Waiting");
            await _widths.CheckAsync(inger, "receipt");
            // The long test address breaks inside the notice instead of pushing the page sideways on a phone.
            await inger.SetViewportSizeAsync(PortalInChromium.Phone.Width, PortalInChromium.Phone.Height);
            Assert.True(await inger.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
            await inger.GotoAsync("/Citizen");
            await Assertions.Expect(inger.Locator("[data-waiting]")).ToContainTextAsync("Sara Søstersen");
            await _widths.CheckAsync(inger, "citizen-start-waiting");
        }

        var link = await Mailbox.NominationLinkAsync(portal.MailFolder, email);
        await using var relativeContext = await portal.NewContextAsync(phone: true);
        var page = await relativeContext.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("[data-nomination-intro]")).ToContainTextAsync("Sara Søstersen");
        await _widths.CheckAsync(page, "invitation");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sig ja med MitID" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/TestBroker/Authorize"));
        await page.GetByLabel("En anden person", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Betydelig").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();

        await page.ArriveAtAsync(new Regex("/Relatives$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mine pårørende" })).ToBeVisibleAsync();
        await _widths.CheckAsync(page, "relative-start");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inger Prøvesen", Exact = true }).ClickAsync();
        var topics = await page.Locator("[data-allowed-topics]").GetAttributeAsync("data-allowed-topics");
        Assert.Equal(["AppointmentsAndVisits", "DailyLife"], topics!.Split(',').Order());
        await _widths.CheckAsync(page, "relative-citizen");
        _widths.AssertNone();
    }

    private static async Task SignInWithMitIdAsync(IPage page, string person)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log ind med MitID" }).ClickAsync();
        await page.GetByLabel(person).CheckAsync();
        await page.GetByLabel("Betydelig").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();
    }
}
