using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Feedback;

/// <summary>
/// Issue #14 part 1 in a real browser: Mette, on her phone, rates the cooperation with Inger's nursing home and writes a
/// line; Sofie answers and closes it and opens "Feedback i tal"; Mette reads the answer; the administrator sees the
/// municipality's and the nursing home's charts with their tables, and Hjemmeplejen Syd, with three answers, shows no
/// figure. Every page passes axe at phone and desktop width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public class FeedbackInTheBrowserTests(PortalInChromium portal)
{
    private const string TooFew = "For få svar til at vise et tal";

    private readonly BothWidths _widths = new("feedback");

    [Fact]
    public async Task A_relative_rates_staff_answer_and_the_administrator_sees_charts_with_small_units_suppressed()
    {
        var inger = await IngerAsync();
        var text = $"Dejligt med de faste møder {Guid.NewGuid():N}"[..36];

        await using var metteContext = await portal.NewContextAsync(phone: true);
        var mette = await metteContext.NewPageAsync();
        await (await LoginPage.OpenAsync(mette)).SignInAsync(DemoAccounts.Relative, DemoAccounts.Password);
        await mette.GotoAsync($"/Relatives/Citizen/{inger}/Feedback");
        await _widths.CheckAsync(mette, "relative-form");

        // Nothing rated and nothing written: the error says what to do.
        await mette.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Assertions.Expect(mette.Locator(".form-error-message").First).ToContainTextAsync("Giv mindst ét emne en karakter");
        await _widths.CheckAsync(mette, "relative-form-error");
        await mette.Locator("#Input_Information-group label", new() { HasText = "Meget godt" }).ClickAsync();
        await mette.Locator("#Input_ListenedTo-group label", new() { HasText = "Godt" }).First.ClickAsync();
        await mette.Locator("#Input_Involvement-group label", new() { HasText = "Hverken godt eller dårligt" }).ClickAsync();
        await mette.Locator("#Input_StaffContact-group label", new() { HasText = "Ved ikke" }).ClickAsync();
        await mette.GetByLabel("Din feedback").FillAsync(text);
        await mette.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Assertions.Expect(mette.Locator("body")).ToContainTextAsync("Tak for din feedback");

        await using var staffContext = await portal.NewContextAsync();
        var sofie = await staffContext.NewPageAsync();
        await SignIn.AsAsync(sofie, DemoRole.Staff);
        await sofie.GotoAsync("/Staff/Requests");
        var card = sofie.Locator("[data-feedback]", new() { HasText = text });
        await Assertions.Expect(card.Locator("[data-ratings]")).ToContainTextAsync("Information: meget godt (5 af 5)");
        await _widths.CheckAsync(sofie, "staff-requests");
        await card.GetByLabel("Svar til den pårørende").FillAsync("Tak, Mette. Vi fortsætter med møderne hver måned.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Svar og afslut" }).ClickAsync();
        await Assertions.Expect(sofie.Locator("[data-feedback]", new() { HasText = text }).Locator("[data-answer]")).ToContainTextAsync("hver måned");

        // Older handled requests and feedback are a page on: the open ones stay on the first.
        await sofie.GotoAsync("/Staff/Requests?side=2");
        await Assertions.Expect(sofie.Locator("h1")).ToHaveTextAsync("Håndterede henvendelser, side 2");
        await Assertions.Expect(sofie.GetByRole(AriaRole.Link, new() { Name = "Nyere håndterede" })).ToBeVisibleAsync();
        await _widths.CheckAsync(sofie, "staff-requests-page-2");

        await sofie.GotoAsync("/Staff/FeedbackOverview");
        var home = sofie.Locator("[data-unit-report]", new() { HasText = "Plejecenter Demohaven" });
        await Assertions.Expect(home.Locator("svg[data-chart='themes'] rect")).ToHaveCountAsync(4);
        await Assertions.Expect(home.Locator("svg[data-chart='trend'] polyline").First).ToBeVisibleAsync();
        await _widths.CheckAsync(sofie, "staff-overview");

        await mette.GotoAsync($"/Relatives/Citizen/{inger}/Feedback");
        await Assertions.Expect(mette.Locator("[data-earlier-feedback]", new() { HasText = text }).Locator("[data-answer]")).ToContainTextAsync("hver måned");
        await _widths.CheckAsync(mette, "relative-answer");

        await using var adminContext = await portal.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await SignIn.AsAsync(admin, DemoRole.Administrator);
        await admin.GotoAsync("/Admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Feedback i tal" }).ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Feedback i tal");
        await Assertions.Expect(admin.Locator("[data-table='units'] tr", new() { HasText = "Hjemmeplejen Syd" }).Locator("td").First).ToHaveTextAsync("For få svar");
        await _widths.CheckAsync(admin, "admin-municipality");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Plejecenter Demohaven" }).ClickAsync();
        await Assertions.Expect(admin.Locator("svg[data-chart='themes'][role='img'] title")).ToHaveCountAsync(1);
        await Assertions.Expect(admin.Locator("[data-table='themes'] tbody tr")).ToHaveCountAsync(4);
        await _widths.CheckAsync(admin, "admin-unit");

        await admin.GotoAsync("/Admin/Feedback");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Hjemmeplejen Syd (demo)" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-too-few]")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("[data-figure='answers']")).ToHaveTextAsync(TooFew);
        await Assertions.Expect(admin.Locator("svg[data-chart] rect")).ToHaveCountAsync(0);
        await _widths.CheckAsync(admin, "admin-unit-too-few");

        _widths.AssertNone();
    }

    private async Task<Guid> IngerAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync();
    }
}
