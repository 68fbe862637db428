using System.Text.RegularExpressions;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Paaroerende.Core.Consents;
using Paaroerende.E2ETests.CitizenArea;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Relatives;

/// <summary>
/// Issue #14 part 2 in a real browser: staff nominate a 13-year-old grandchild with a birth date, the consent form offers
/// a child no medicine and no "involveret" and reminds staff that a child is not a helper or interpreter; the child's
/// own page speaks to a young reader. Each page passes axe at desktop and phone width (screenshots when asked).
/// </summary>
[Collection(SharedPortal.Name)]
public class YoungRelativeInTheBrowserTests(PortalInChromium portal)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private readonly BothWidths _widths = new("young-relative");

    [Fact]
    public async Task Staff_nominate_a_grandchild_of_13_who_is_offered_only_what_a_child_may_have_and_reads_a_page_for_young_relatives()
    {
        var citizen = await CitizenArrangements.AddCitizenAsync(portal, "Birthe", "Bedstesen");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Copenhagen));

        await using var staffContext = await portal.NewContextAsync();
        var staff = await staffContext.NewPageAsync();
        await SignIn.AsAsync(staff, DemoRole.Staff);
        await staff.GotoAsync($"/Staff/Citizens/{citizen}/Nominate");
        await staff.GetByLabel("Fornavn").FillAsync("Emil");
        await staff.GetByLabel("Efternavn").FillAsync("Bedstesen");
        await staff.Locator("#Input_Kind").SelectOptionAsync("Other");
        await staff.GetByLabel("Fødselsdato, hvis den pårørende er under 18 år").FillAsync(
            today.AddYears(-13).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await staff.Locator("label", new() { HasTextRegex = new("^\\s*Mundtligt\\s*$") }).ClickAsync();
        await _widths.CheckAsync(staff, "staff-nominate-with-birth-date");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gem og gå videre til samtykke" }).ClickAsync();

        await staff.ArriveAtAsync(new Regex("/Consent$"));
        await Assertions.Expect(staff.Locator("[data-young-relative]")).ToContainTextAsync("Emil er under 15 år");
        await Assertions.Expect(staff.Locator("[data-topic='Medicine'] [value='Informed']")).ToHaveCountAsync(0);
        await Assertions.Expect(staff.Locator("[data-topic='DailyLife'] [value='Involved']")).ToHaveCountAsync(0);
        await staff.Locator("[data-topic='DailyLife'] label", new() { HasText = "Orienteret" }).ClickAsync();
        await staff.Locator("label", new() { HasTextRegex = new("^\\s*Mundtligt\\s*$") }).ClickAsync();
        await _widths.CheckAsync(staff, "staff-consent-child");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gem samtykke" }).ClickAsync();
        await staff.ArriveAtAsync(new Regex("^(?!.*/Consent)"));

        var relationId = await CitizenArrangements.WithDbAsync(portal, db =>
            db.Relations.Where(r => r.CitizenId == citizen).Select(r => r.Id).SingleAsync());
        var email = await CitizenArrangements.GiveRelativeSignInAsync(portal, relationId, "Emil Bedstesen");
        await using var childContext = await portal.NewContextAsync(phone: true);
        var child = await childContext.NewPageAsync();
        await (await LoginPage.OpenAsync(child)).SignInAsync(email, CitizenArrangements.Password);
        await child.GotoAsync($"/Relatives/Citizen/{citizen}");
        await Assertions.Expect(child.Locator("[data-young-reader='Child']")).ToContainTextAsync("BørneTelefonen på 116 111");
        await Assertions.Expect(child.Locator("[data-allowed-topics]")).ToHaveAttributeAsync("data-allowed-topics", nameof(ConsentTopic.DailyLife));
        await _widths.CheckAsync(child, "relative-page-for-a-child");

        _widths.AssertNone();
    }
}
