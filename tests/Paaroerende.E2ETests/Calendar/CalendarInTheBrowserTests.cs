using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Calendar;

/// <summary>
/// Issue #13's calendar in a real browser: Mette, on her phone, signs up for Demohaven's julefrokost with two guests,
/// answers the statusmøde about Inger and downloads it as an .ics file; Sofie sees the count and the answer. Every page
/// passes axe at phone and desktop width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public class CalendarInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("calendar");

    [Fact]
    public async Task A_relative_signs_up_for_the_julefrokost_and_answers_a_meeting_and_staff_see_both()
    {
        var (inger, eventId) = await DemoAsync();

        await using var metteContext = await portal.NewContextAsync(phone: true);
        var mette = await metteContext.NewPageAsync();
        await (await LoginPage.OpenAsync(mette)).SignInAsync(DemoAccounts.Relative, DemoAccounts.Password);
        await mette.GotoAsync($"/Relatives/Citizen/{inger}");
        await mette.Locator("[data-calendar-link]").ClickAsync();
        await Assertions.Expect(mette.Locator("h1")).ToHaveTextAsync("Kalender");
        await _widths.CheckAsync(mette, "relative-calendar");

        await mette.Locator($"[data-event='{eventId}'] a").ClickAsync();
        await mette.GetByLabel("Antal gæster ud over dig selv").FillAsync("9");
        await mette.Locator("[data-sign-up]").ClickAsync();
        await Assertions.Expect(mette.Locator(".form-error-message").First).ToBeVisibleAsync();
        await _widths.CheckAsync(mette, "relative-event-error");
        await mette.GetByLabel("Antal gæster ud over dig selv").FillAsync("2");
        await mette.Locator("[data-sign-up]").ClickAsync();
        await Assertions.Expect(mette.Locator("[data-signed-up]")).ToHaveAttributeAsync("data-signed-up", "2");
        await _widths.CheckAsync(mette, "relative-event-signed-up");

        await mette.GotoAsync($"/Relatives/Citizen/{inger}/Calendar");
        await mette.Locator("[data-meeting] a").First.ClickAsync();
        await Assertions.Expect(mette.Locator("h1")).ToHaveTextAsync("Statusmøde");
        await mette.Locator("label", new() { HasText = "Jeg kommer" }).First.ClickAsync();
        await mette.Locator("[data-send-reply]").ClickAsync();
        await Assertions.Expect(mette.Locator("[data-reply]")).ToHaveAttributeAsync("data-reply", "Coming");
        await _widths.CheckAsync(mette, "relative-meeting-answered");
        var download = await mette.RunAndWaitForDownloadAsync(() => mette.Locator("[data-ics]").ClickAsync());
        Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("BEGIN:VEVENT", text, StringComparison.Ordinal);
        Assert.Matches(@"DTSTART:\d{8}T\d{6}Z", text);

        await using var staffContext = await portal.NewContextAsync();
        var sofie = await staffContext.NewPageAsync();
        await SignIn.AsAsync(sofie, DemoRole.Staff);
        await sofie.GotoAsync("/Staff");
        await sofie.Locator("[data-events-link]").ClickAsync();
        await Assertions.Expect(sofie.Locator($"[data-event='{eventId}'] [data-total]")).ToHaveAttributeAsync("data-total", "3");
        await _widths.CheckAsync(sofie, "staff-events");
        await sofie.Locator($"[data-event='{eventId}'] a").ClickAsync();
        await Assertions.Expect(sofie.Locator("[data-total]")).ToHaveAttributeAsync("data-total", "3");
        await _widths.CheckAsync(sofie, "staff-event");
        await sofie.GotoAsync($"/Staff/Citizens/{inger}");
        await sofie.Locator("[data-meetings-link]").ClickAsync();
        await Assertions.Expect(sofie.Locator("[data-invited] [data-reply]").First).ToHaveAttributeAsync("data-reply", "Coming");
        await _widths.CheckAsync(sofie, "staff-meetings");

        _widths.AssertNone();
    }

    private async Task<(Guid Inger, Guid Event)> DemoAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var inger = await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => new { c.Id, c.UnitId }).SingleAsync();
        var julefrokost = await db.UnitEvents.Where(e => e.UnitId == inger.UnitId && e.Title.StartsWith("Julefrokost")).Select(e => e.Id).FirstAsync();
        return (inger.Id, julefrokost);
    }
}
