using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Updates;

/// <summary>
/// Issue #13 part 4 in a real browser: Sofie posts an update about Inger's day with a wrong time, corrects it on her
/// phone, and Jens (who follows "Dagligdag og trivsel") sees the corrected text marked "Rettet af personalet"; then she
/// withdraws it and it is gone from Jens's page, while her own list shows it withdrawn with its history. Every page
/// passes axe at phone and desktop width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public class UpdateCorrectionInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("corrections");

    [Fact]
    public async Task Staff_correct_an_update_the_relative_sees_it_marked_then_withdrawn_it_is_gone()
    {
        var inger = await IngerAsync();
        var title = $"Koncert {Guid.NewGuid():N}"[..17];

        await using var staffContext = await portal.NewContextAsync();
        var sofie = await staffContext.NewPageAsync();
        await SignIn.AsAsync(sofie, DemoRole.Staff);
        await sofie.GotoAsync($"/Staff/Citizens/{inger}/Updates");
        await sofie.Locator("#Input_Topic").SelectOptionAsync("DailyLife");
        await sofie.GetByLabel("Overskrift").FillAsync(title);
        await sofie.GetByLabel("Tekst").FillAsync("Inger hørte koncerten i fælleshuset kl. 15.");
        await sofie.GetByRole(AriaRole.Button, new() { Name = "Læg opdatering op" }).ClickAsync();
        var card = sofie.Locator("[data-update]", new() { HasText = title });
        await card.GetByRole(AriaRole.Link, new() { Name = "Ret eller træk tilbage" }).ClickAsync();
        await _widths.CheckAsync(sofie, "staff-correct");

        // On her phone: a correction without a reason is refused with nothing lost.
        await sofie.SetViewportSizeAsync(PortalInChromium.Phone.Width, PortalInChromium.Phone.Height);
        await sofie.GetByLabel("Tekst").FillAsync("Inger hørte koncerten i fælleshuset kl. 14.");
        await sofie.GetByRole(AriaRole.Button, new() { Name = "Gem rettelsen" }).ClickAsync();
        await Assertions.Expect(sofie.Locator(".form-error-message").First).ToBeVisibleAsync();
        await Assertions.Expect(sofie.GetByLabel("Tekst")).ToHaveValueAsync("Inger hørte koncerten i fælleshuset kl. 14.");
        await _widths.CheckAsync(sofie, "staff-correct-error");
        await sofie.GetByLabel("Hvorfor rettes den?").FillAsync("Forkert klokkeslæt");
        await sofie.GetByRole(AriaRole.Button, new() { Name = "Gem rettelsen" }).ClickAsync();
        await Assertions.Expect(sofie.Locator("[data-notice='UpdateCorrected']")).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("[data-corrected]")).ToBeVisibleAsync();

        await using var jensContext = await portal.NewContextAsync(phone: true);
        var jens = await jensContext.NewPageAsync();
        await (await LoginPage.OpenAsync(jens)).SignInAsync(DemoAccounts.SecondRelative, DemoAccounts.Password);
        await jens.GotoAsync($"/Relatives/Citizen/{inger}");
        var seen = jens.Locator("article", new() { HasText = title });
        await Assertions.Expect(seen).ToContainTextAsync("kl. 14.");
        await Assertions.Expect(seen.Locator("[data-corrected]")).ToContainTextAsync("Rettet af personalet den");
        await _widths.CheckAsync(jens, "relative-corrected");

        await card.GetByRole(AriaRole.Link, new() { Name = "Ret eller træk tilbage" }).ClickAsync();
        await sofie.GetByLabel("Hvorfor trækkes den tilbage?").FillAsync("Skrevet om den forkerte borger");
        await sofie.GetByRole(AriaRole.Button, new() { Name = "Træk tilbage" }).ClickAsync();
        await Assertions.Expect(sofie.Locator("[data-notice='UpdateWithdrawn']")).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator("[data-withdrawn]")).ToBeVisibleAsync();
        await _widths.CheckAsync(sofie, "staff-list-withdrawn");
        await card.GetByRole(AriaRole.Link, new() { Name = "Se historikken" }).ClickAsync();
        await Assertions.Expect(sofie.Locator("[data-history] [data-change]")).ToHaveCountAsync(2);
        await _widths.CheckAsync(sofie, "staff-history");

        await jens.ReloadAsync();
        await Assertions.Expect(jens.Locator("article", new() { HasText = title })).ToHaveCountAsync(0);
        await jens.GotoAsync("/Relatives");
        await Assertions.Expect(jens.GetByText(title)).ToHaveCountAsync(0);

        _widths.AssertNone();
    }

    private async Task<Guid> IngerAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync();
    }
}
