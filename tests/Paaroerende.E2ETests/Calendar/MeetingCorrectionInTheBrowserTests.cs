using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Calendar;

/// <summary>
/// A corrected meeting in a real browser (docs/adr/0041): Sofie moves Inger's statusmøde to another room with a reason;
/// Mette, on her phone, sees the new place with "Rettet af personalet" and not the reason. Only the place changes, so
/// answers given in other tests stay answers for the same time. Every page passes axe at both widths.
/// </summary>
[Collection(SharedPortal.Name)]
public class MeetingCorrectionInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("meeting-correction");

    [Fact]
    public async Task Staff_correct_a_meetings_place_and_the_relative_sees_it_marked_corrected()
    {
        var (inger, meetingId) = await DemoAsync();
        var place = "Dagligstuen, 2. sal " + Guid.NewGuid().ToString("N")[..4];

        await using var staffContext = await portal.NewContextAsync();
        var sofie = await staffContext.NewPageAsync();
        await SignIn.AsAsync(sofie, DemoRole.Staff);
        await sofie.GotoAsync($"/Staff/Citizens/{inger}/Meetings");
        await sofie.Locator($"[data-meeting='{meetingId}'] [data-correct-meeting]").ClickAsync();
        await Assertions.Expect(sofie.Locator("h1")).ToHaveTextAsync("Ret mødet");
        await _widths.CheckAsync(sofie, "staff-meeting-correction");

        await sofie.GetByLabel("Sted", new() { Exact = true }).FillAsync(place);
        await sofie.Locator("[data-save-correction]").ClickAsync();
        await Assertions.Expect(sofie.Locator(".form-error-message").First).ToBeVisibleAsync();
        await Assertions.Expect(sofie.GetByLabel("Sted", new() { Exact = true })).ToHaveValueAsync(place);
        await _widths.CheckAsync(sofie, "staff-meeting-correction-error");
        await sofie.GetByLabel("Hvorfor rettes det?").FillAsync("Mødelokalet skal males");
        await sofie.Locator("[data-save-correction]").ClickAsync();
        await Assertions.Expect(sofie.Locator($"[data-meeting='{meetingId}'] [data-corrected]")).ToBeVisibleAsync();
        await _widths.CheckAsync(sofie, "staff-meetings-corrected");

        await using var metteContext = await portal.NewContextAsync(phone: true);
        var mette = await metteContext.NewPageAsync();
        await (await LoginPage.OpenAsync(mette)).SignInAsync(DemoAccounts.Relative, DemoAccounts.Password);
        await mette.GotoAsync($"/Relatives/Citizen/{inger}/Calendar/Meetings/{meetingId}");
        await Assertions.Expect(mette.Locator("[data-place]")).ToHaveTextAsync(place);
        await Assertions.Expect(mette.Locator("[data-corrected]")).ToContainTextAsync("Rettet af personalet den");
        await Assertions.Expect(mette.Locator("body")).Not.ToContainTextAsync("skal males");
        await _widths.CheckAsync(mette, "relative-meeting-corrected");

        _widths.AssertNone();
    }

    private async Task<(Guid Inger, Guid Meeting)> DemoAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var inger = await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync();
        var mette = await db.People.Where(p => p.Email == DemoAccounts.Relative).Select(p => p.Id).ToListAsync();
        var meeting = await db.CitizenMeetings
            .Where(m => m.CitizenId == inger && m.Kind == MeetingKind.Status && m.CancelledAtUtc == null
                && db.MeetingInvitations.Any(i => i.MeetingId == m.Id && mette.Contains(i.PersonId)))
            .Select(m => m.Id).FirstAsync();
        return (inger, meeting);
    }
}
