using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Paaroerende.E2ETests.Privacy;

/// <summary>
/// The privacy notice in a real browser (docs/adr/0032): reached from the footer of a public page and of a relative's
/// page, at desktop and phone width and without axe violations; Hvidovre's administrator fills it in and sees "Gemt".
/// </summary>
[Collection(SharedPortal.Name)]
public class PrivacyNoticeInTheBrowserTests(PortalInChromium portal)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_footer_link_reaches_the_notice_from_a_public_page_and_from_a_relatives_page(bool phone)
    {
        var device = phone ? "phone" : "desktop";
        var problems = new List<string>();

        await using var visitorContext = await portal.NewContextAsync(phone);
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/Kontakt");
        await FooterLink(visitor).ClickAsync();
        await visitor.ArriveAtAsync(new Regex("/Privatliv$"));
        await CheckAsync(visitor, "anonymous", device, problems);
        await visitor.Locator("[data-privacy-municipality='hvidovre']").ClickAsync();
        await visitor.ArriveAtAsync(new Regex("/Privatliv/hvidovre$"));
        await Expect(visitor.Locator("h1")).ToContainTextAsync("Hvidovre Kommune");
        await Expect(visitor.Locator("[data-datatilsynet]")).ToContainTextAsync("Carl Jacobsens Vej 35");
        await CheckAsync(visitor, "anonymous", device, problems);

        // Jens is a relative in Hvidovre only: the footer takes him straight to Hvidovre's notice.
        await using var relativeContext = await portal.NewContextAsync(phone);
        var relative = await relativeContext.NewPageAsync();
        await (await LoginPage.OpenAsync(relative)).SignInAsync(DemoAccounts.SecondRelative, DemoAccounts.Password);
        await relative.GotoAsync("/Relatives");
        await FooterLink(relative).ClickAsync();
        await relative.ArriveAtAsync(new Regex("/Privatliv/hvidovre$"));
        await Expect(relative.Locator("[data-privacy-section='rights'] a[href='/Relatives/MyData']")).ToBeVisibleAsync();
        await CheckAsync(relative, "relative2", device, problems);

        Assert.True(problems.Count == 0, string.Concat(problems));
    }

    [Fact]
    public async Task An_administrator_fills_in_the_notice_sees_Gemt_and_the_public_page_shows_it()
    {
        var problems = new List<string>();
        await using var context = await portal.NewContextAsync();
        var admin = await context.NewPageAsync();
        await SignInAsAdministratorAsync(admin);

        await admin.Locator("main a[href='/Admin/Privacy']").ClickAsync();
        await admin.ArriveAtAsync(new Regex("/Admin/Privacy$"));
        await CheckAsync(admin, "administrator", "desktop", problems);
        var dpo = $"Databeskyttelsesrådgiver {Guid.NewGuid():N}"[..32];
        await admin.Locator("#Input_ControllerCvr").FillAsync("1234");
        await admin.Locator("#Input_DpoName").FillAsync(dpo);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        // A wrong CVR number keeps everything typed and says what is wrong.
        await Expect(admin.Locator("#Input_ControllerCvr-error")).ToContainTextAsync("8 cifre");
        await Expect(admin.Locator("#Input_DpoName")).ToHaveValueAsync(dpo);
        await CheckAsync(admin, "administrator-error", "desktop", problems);
        await admin.Locator("#Input_ControllerCvr").FillAsync("12345678");
        await admin.Locator("#Input_DpoEmail").FillAsync("dpo@hvidovre.dk");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();

        await Expect(admin.Locator("[role='status'][data-saved='Saved']")).ToContainTextAsync("Gemt");
        await admin.SetViewportSizeAsync(PortalInChromium.Phone.Width, PortalInChromium.Phone.Height);
        await CheckAsync(admin, "administrator-saved", "phone", problems);
        await admin.SetViewportSizeAsync(PortalInChromium.Desktop.Width, PortalInChromium.Desktop.Height);
        await admin.Locator("[data-public-notice]").ClickAsync();
        await admin.ArriveAtAsync(new Regex("/Privatliv/hvidovre$"));
        await Expect(admin.Locator("[data-privacy-section='dpo']")).ToContainTextAsync(dpo);
        await Expect(admin.Locator("[data-privacy-default]")).ToHaveCountAsync(0);
        await Expect(admin.Locator("[data-privacy-section='dpo'] a[href='mailto:dpo@hvidovre.dk']")).ToBeVisibleAsync();
        await CheckAsync(admin, "administrator", "desktop", problems);

        Assert.True(problems.Count == 0, string.Concat(problems));
    }

    private static ILocator FooterLink(IPage page) => page.Locator("footer [data-privacy-link]");

    private static async Task CheckAsync(IPage page, string role, string device, List<string> problems)
    {
        var violations = await Axe.ViolationsAsync(page);
        if (violations.Count > 0)
        {
            problems.Add(Axe.Describe($"{device} {page.Url}", violations));
        }

        await Screenshots.SaveAsync(page, $"privacy-{role}", device);
    }

    private static async Task SignInAsAdministratorAsync(IPage page)
    {
        await (await LoginPage.OpenAsync(page)).SignInAsync(DemoAccounts.Administrator, DemoAccounts.Password);
        Assert.EndsWith("/Admin", new Uri(page.Url).AbsolutePath, StringComparison.OrdinalIgnoreCase);
    }
}
