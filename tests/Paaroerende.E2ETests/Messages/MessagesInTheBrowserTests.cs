using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Messages;

/// <summary>
/// Issue #13's conversation in a real browser: Mette, on her phone, writes to Inger's nursing home about a topic she
/// follows; Sofie finds it under "Beskeder fra pårørende" and answers; Mette sees "Nyt svar" and reads it. Every page
/// passes axe at phone and desktop width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public class MessagesInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("messages");

    [Fact]
    public async Task A_relative_writes_about_a_topic_she_follows_staff_answer_and_she_reads_the_answer_on_her_phone()
    {
        var inger = await IngerAsync();
        var subject = $"Briller {Guid.NewGuid():N}"[..16];

        await using var metteContext = await portal.NewContextAsync(phone: true);
        var mette = await metteContext.NewPageAsync();
        await (await LoginPage.OpenAsync(mette)).SignInAsync(DemoAccounts.Relative, DemoAccounts.Password);
        await mette.GotoAsync($"/Relatives/Citizen/{inger}");
        await mette.Locator("[data-messages-link]").ClickAsync();
        await Assertions.Expect(mette.Locator("h1")).ToHaveTextAsync("Beskeder");
        await _widths.CheckAsync(mette, "relative-messages");

        // Nothing typed is lost on a validation error.
        await mette.GetByLabel("Emne").FillAsync(subject);
        await mette.GetByRole(AriaRole.Button, new() { Name = "Send besked" }).ClickAsync();
        await Assertions.Expect(mette.Locator(".form-error-message").First).ToBeVisibleAsync();
        await Assertions.Expect(mette.GetByLabel("Emne")).ToHaveValueAsync(subject);
        await _widths.CheckAsync(mette, "relative-messages-error");

        await mette.Locator("label", new() { HasText = "Aftaler og besøg" }).ClickAsync();
        await mette.GetByLabel("Din besked").FillAsync("Mor har brug for nye briller. Kan I bestille en tid hos optikeren?");
        await mette.GetByRole(AriaRole.Button, new() { Name = "Send besked" }).ClickAsync();
        await Assertions.Expect(mette.Locator("h1")).ToHaveTextAsync(subject);
        await Assertions.Expect(mette.Locator("[data-message='Relative'] [data-read]")).ToHaveTextAsync("Ikke læst endnu");
        await _widths.CheckAsync(mette, "relative-thread");

        await using var staffContext = await portal.NewContextAsync();
        var sofie = await staffContext.NewPageAsync();
        await SignIn.AsAsync(sofie, DemoRole.Staff);
        await sofie.GotoAsync("/Staff");
        await Assertions.Expect(sofie.Locator("[data-unread-messages]")).ToBeVisibleAsync();
        await sofie.GetByRole(AriaRole.Link, new() { Name = "Beskeder fra pårørende" }).ClickAsync();
        await _widths.CheckAsync(sofie, "staff-messages");
        await sofie.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await _widths.CheckAsync(sofie, "staff-thread");
        await sofie.GetByLabel("Dit svar").FillAsync("Hej Mette. Vi har bestilt tid hos optikeren på tirsdag kl. 13. Venlig hilsen Sofie");
        await sofie.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();
        await Assertions.Expect(sofie.Locator("[data-message='Staff']").Last).ToContainTextAsync("optikeren på tirsdag");

        await mette.GotoAsync($"/Relatives/Citizen/{inger}/Messages");
        var row = mette.Locator("[data-thread]", new() { HasText = subject });
        await Assertions.Expect(row.Locator("[data-new-answer]")).ToHaveTextAsync("Nyt svar");
        await row.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Assertions.Expect(mette.Locator("[data-message='Staff']").Last).ToContainTextAsync("optikeren på tirsdag");
        await Assertions.Expect(mette.Locator("[data-message='Relative'] [data-read]")).ToContainTextAsync("Læst af personalet");
        await _widths.CheckAsync(mette, "relative-thread-answered");

        _widths.AssertNone();
    }

    private async Task<Guid> IngerAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync();
    }
}
