using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Account;

/// <summary>
/// Staff sign in through the municipality's own provider in Chromium, with the local test broker acting as Hvidovre's
/// (docs/adr/0044): the demo employee lands on the staff start page without the authenticator app; a sign-in without a
/// second factor is refused in Danish. Every page passes axe at phone and desktop width.
/// </summary>
[Collection(SharedPortal.Name)]
public class StaffSignInInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("staff-idp");

    [Fact]
    public async Task The_demo_employee_signs_in_through_Hvidovres_provider_and_lands_on_the_staff_start_page()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await _widths.CheckAsync(page, "login");

        await page.GetByRole(AriaRole.Link, new() { Name = "Log ind som medarbejder i Hvidovre Kommune" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/TestBroker/Authorize"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hvidovre Kommunes login for medarbejdere (testbroker)" })).ToBeVisibleAsync();
        await _widths.CheckAsync(page, "broker");
        await page.GetByLabel("Sofie Medarbejder").CheckAsync();
        await page.GetByLabel("De sædvanlige grupper").CheckAsync();
        await page.GetByLabel("Med to faktorer").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();

        await page.ArriveAtAsync(new Regex("/Staff$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mine borgere", Level = 1 })).ToBeVisibleAsync();
        await _widths.CheckAsync(page, "staff-start");
        _widths.AssertNone();
    }

    [Fact]
    public async Task A_sign_in_without_a_second_factor_is_refused_with_what_to_do()
    {
        await using var context = await portal.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/StaffSignIn?municipality=hvidovre");

        await page.GetByLabel("Sofie Medarbejder").CheckAsync();
        await page.GetByLabel("Kun med adgangskode").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();

        await page.ArriveAtAsync(new Regex("/Account/StaffSignInRefused"));
        await Assertions.Expect(page.GetByText("brugte to faktorer")).ToBeVisibleAsync();
        await _widths.CheckAsync(page, "refused-no-mfa");
        await page.GotoAsync("/Staff");
        await page.ArriveAtAsync(new Regex("/Account/Login"));
        _widths.AssertNone();
    }
}
