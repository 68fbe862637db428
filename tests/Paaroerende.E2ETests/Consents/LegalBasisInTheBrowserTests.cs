using System.Text.RegularExpressions;
using System.Globalization;
using Microsoft.Playwright;
using Paaroerende.E2ETests.CitizenArea;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Consents;

/// <summary>
/// Issue #14's legal bases in a real browser, on the test's own adult citizen: staff choose custody and are told in
/// plain Danish why not, with nothing lost; they choose fuldmagt, are asked for its scope, document and expiry, and save;
/// the staff page and the citizen's receipt show what the fuldmagt rests on. Each page passes axe at desktop and phone
/// width (screenshots when asked).
/// </summary>
[Collection(SharedPortal.Name)]
public class LegalBasisInTheBrowserTests(PortalInChromium portal)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private readonly BothWidths _widths = new("legal-bases");

    [Fact]
    public async Task Staff_are_refused_custody_for_an_adult_and_record_a_fuldmagt_with_its_document_which_the_receipt_shows()
    {
        var email = $"fuldmagt-{Guid.NewGuid():N}@e2e.example";
        var citizen = await CitizenArrangements.AddCitizenAsync(portal, "Karen", "Fuldmagtsen", email);
        var relation = await CitizenArrangements.NominateAsync(portal, citizen, "Ole", "Fuldmagtsen");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Copenhagen));
        var expires = today.AddDays(180);
        var expiresText = expires.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"));

        await using var staffContext = await portal.NewContextAsync();
        var staff = await staffContext.NewPageAsync();
        await SignIn.AsAsync(staff, DemoRole.Staff);
        await staff.GotoAsync($"/Staff/Citizens/{citizen}/Relations/{relation}/Consent");
        await Assertions.Expect(staff.Locator("[data-custody-hint]")).ToContainTextAsync("Forældremyndighed kan ikke vælges");

        // Custody for a citizen born in 1939: refused, and what was chosen is still there.
        await staff.Locator("label", new() { HasTextRegex = new("^\\s*Forældremyndighed\\s*$") }).ClickAsync();
        await staff.Locator("[data-topic='Finances'] label", new() { HasText = "Involveret" }).ClickAsync();
        await staff.Locator("label", new() { HasTextRegex = new("^\\s*Skriftligt\\s*$") }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gem samtykke" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#Input_Basis-error")).ToContainTextAsync(
            "Forældremyndighed gælder kun for børn under 18. Borgeren er fyldt 18 — vælg borgerens eget samtykke, fuldmagt eller værgemål.");
        await Assertions.Expect(staff.Locator("[name='Input.Levels[Finances]'][value='Involved']")).ToBeCheckedAsync();
        await _widths.CheckAsync(staff, "staff-consent-custody-refused");

        // Fuldmagt without its document: asked for scope, reference and expiry.
        await staff.Locator("label", new() { HasTextRegex = new("^\\s*Fuldmagt\\s*$") }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gem samtykke" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#Input_BasisDocument-error")).ToContainTextAsync("Skriv dokumentets reference");
        await _widths.CheckAsync(staff, "staff-consent-fuldmagt-asks");

        await staff.SetViewportSizeAsync(PortalInChromium.Phone.Width, PortalInChromium.Phone.Height);
        await staff.Locator("#Input_BasisScope").FillAsync("Økonomiske forhold");
        await staff.Locator("#Input_BasisDocument").FillAsync("Fuldmagt af 3. marts 2026, journalnr. 26-1234");
        await staff.Locator("#Input_BasisExpiresOn").FillAsync(expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gem samtykke" }).ClickAsync();
        await staff.ArriveAtAsync(new Regex("^(?!.*/Consent)"));
        await Assertions.Expect(staff.Locator($"[data-relation='{relation}'] tr[data-topic='Finances'] [data-basis-document]"))
            .ToContainTextAsync($"Fuldmagt af 3. marts 2026, journalnr. 26-1234, gælder til og med {expiresText}");
        await _widths.CheckAsync(staff, "staff-citizen-grid-fuldmagt");

        await using var citizenContext = await portal.NewContextAsync();
        var page = await citizenContext.NewPageAsync();
        await (await LoginPage.OpenAsync(page)).SignInAsync(email, CitizenArrangements.Password);
        await page.GotoAsync($"/Citizen/Relations/{relation}/Receipt");
        var shown = page.Locator("tr[data-topic='Finances'] [data-basis-document]");
        await Assertions.Expect(shown).ToContainTextAsync("Omfatter: Økonomiske forhold");
        await Assertions.Expect(shown).ToContainTextAsync($"Dokumentet gælder til og med {expiresText}");
        await _widths.CheckAsync(page, "citizen-receipt-fuldmagt");

        _widths.AssertNone();
    }
}
