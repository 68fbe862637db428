using System.Text.RegularExpressions;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Relatives;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Consents;

/// <summary>
/// The users' review's case in a real browser: staff give Jens one extra topic from a later day. Jens keeps every topic
/// he had, the staff page and Inger's own page show the topic waiting for that day, and the removals on both forms are
/// shown in plain Danish before anything is saved. Each page passes axe at desktop and phone width (screenshots when
/// asked). The E2E portal runs on the real clock, so "later" is a week after today in Danish time.
/// </summary>
[Collection(SharedPortal.Name)]
public class ForwardDatedTopicInTheBrowserTests(PortalInChromium portal)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private readonly BothWidths _widths = new("forms");

    [Fact]
    public async Task Staff_give_Jens_one_extra_topic_from_a_later_day_and_he_keeps_the_others_while_Inger_sees_it_waiting()
    {
        var (inger, jens) = await DemoRelationAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Copenhagen));
        var later = today.AddDays(7);
        var laterText = later.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"));
        var before = await TopicsJensSeesAsync(inger);
        Assert.NotEmpty(before);
        try
        {
            // One sign-in per person (an authenticator code works once); desktop and phone width on the same page.
            await using var staffContext = await portal.NewContextAsync();
            var staff = await staffContext.NewPageAsync();
            await SignIn.AsAsync(staff, DemoRole.Staff);
            await staff.GotoAsync($"/Staff/Citizens/{inger}/Relations/{jens}/Consent");
            await _widths.CheckAsync(staff, "staff-consent-form");

            // A removal is shown first; "Ret igen" goes back with nothing lost and nothing saved.
            await staff.Locator("[data-topic='Medicine'] label", new() { HasText = "Ingen adgang" }).ClickAsync();
            await staff.Locator("label", new() { HasTextRegex = new("^\\s*Mundtligt\\s*$") }).ClickAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "Gem samtykke" }).ClickAsync();
            await Assertions.Expect(staff.Locator("[data-change-preview] li")).ToHaveTextAsync("Jens kan ikke længere se Medicin fra i dag.");
            await _widths.CheckAsync(staff, "staff-consent-confirm");
            await staff.GetByRole(AriaRole.Button, new() { Name = "Ret igen" }).ClickAsync();
            await Assertions.Expect(staff.Locator("[name='Input.Levels[Medicine]'][value='None']")).ToBeCheckedAsync();
            Assert.Equal(before, await TopicsJensSeesAsync(inger));

            // The issue's case: one extra topic from a later day, given at phone width. A pure addition saves at once.
            await staff.GotoAsync($"/Staff/Citizens/{inger}/Relations/{jens}/Consent");
            await staff.SetViewportSizeAsync(PortalInChromium.Phone.Width, PortalInChromium.Phone.Height);
            await staff.Locator("[data-topic='HousingAndMoving'] label", new() { HasText = "Orienteret" }).ClickAsync();
            await staff.Locator("#Input_From_HousingAndMoving_").FillAsync(later.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await staff.Locator("label", new() { HasTextRegex = new("^\\s*Mundtligt\\s*$") }).ClickAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "Gem samtykke" }).ClickAsync();
            await staff.ArriveAtAsync(new Regex("^(?!.*/Consent)"));
            await Assertions.Expect(staff.Locator("[data-notice]")).ToContainTextAsync("1 ændring er registreret");
            var row = staff.Locator($"[data-relation='{jens}'] tr[data-topic='HousingAndMoving']");
            await Assertions.Expect(row.Locator("[data-sees-from]")).ToHaveTextAsync($"fra {laterText}");
            await _widths.CheckAsync(staff, "staff-citizen-grid");

            // Jens, on his phone, still sees every topic he had.
            Assert.Equal(before, await TopicsJensSeesAsync(inger));
            await using (var jensContext = await portal.NewContextAsync(phone: true))
            {
                var page = await jensContext.NewPageAsync();
                await (await LoginPage.OpenAsync(page)).SignInAsync(DemoAccounts.SecondRelative, DemoAccounts.Password);
                await page.GotoAsync($"/Relatives/Citizen/{inger}");
                var shown = await page.Locator("[data-allowed-topics]").GetAttributeAsync("data-allowed-topics");
                Assert.Equal(before, [.. (shown ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Order()]);

                // ... and is told what the decision already made will open, and from which day.
                await Assertions.Expect(page.Locator("[data-coming-topics]")).ToHaveAttributeAsync("data-coming-topics", "HousingAndMoving");
                await Assertions.Expect(page.Locator("[data-coming-topics]")).ToContainTextAsync("kan du også følge med i Bolig og flytning");
            }

            // Inger's own page shows the topic waiting for that day, and her form asks before taking anything away.
            await using var citizenContext = await portal.NewContextAsync();
            var citizen = await citizenContext.NewPageAsync();
            await SignIn.AsAsync(citizen, DemoRole.Citizen);
            var start = new CitizenStartPage(citizen);
            await Assertions.Expect(start.Relative("Jens Prøvesen").Locator("[data-topic-later='HousingAndMoving']"))
                .ToHaveTextAsync($"Fra {laterText}: Bolig og flytning");
            await _widths.CheckAsync(citizen, "citizen-start");

            await citizen.GotoAsync($"/Citizen/Relations/{jens}");
            await Assertions.Expect(citizen.Locator("[data-topic='HousingAndMoving'] .form-hint").First)
                .ToContainTextAsync($"Fra {laterText}: Orienteret");
            await _widths.CheckAsync(citizen, "citizen-form");
            var lastDay = today.AddDays(30);
            await citizen.Locator("#Input_Until_DailyLife_").FillAsync(lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await citizen.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
            await Assertions.Expect(citizen.Locator("[data-change-preview] li")).ToHaveTextAsync(
                $"Jens kan se Dagligdag og trivsel til og med {lastDay.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"))}.");
            await _widths.CheckAsync(citizen, "citizen-confirm");
            await citizen.GetByRole(AriaRole.Button, new() { Name = "Ret igen" }).ClickAsync();
            await Assertions.Expect(citizen.Locator("#Input_Until_DailyLife_")).ToHaveValueAsync(lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

            _widths.AssertNone();
        }
        finally
        {
            // Leave the demo people as the other tests expect them.
            await WithdrawHousingAsync(jens);
        }
    }

    private async Task<List<string>> TopicsJensSeesAsync(Guid inger)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var person = await db.People.Where(p => p.Email == DemoAccounts.SecondRelative).Select(p => p.Id).SingleAsync();
        var topics = await scope.ServiceProvider.GetRequiredService<ConsentGate>().AllowedTopics(person, inger, DateTime.UtcNow).ToListAsync();
        return [.. topics.Select(t => t.ToString()).Order()];
    }

    private async Task<(Guid Inger, Guid JensRelation)> DemoRelationAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var inger = await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync();
        var jens = await db.Relations.Where(r => r.CitizenId == inger && r.Person!.Email == DemoAccounts.SecondRelative && r.EndedAtUtc == null)
            .Select(r => r.Id).SingleAsync();
        return (inger, jens);
    }

    private async Task WithdrawHousingAsync(Guid relationId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var staffId = await db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<ConsentRecorder>().RecordConsentsAsync(staffId, ConsentCommand.Alike(
            relationId, ConsentBasis.CitizenConsent, null, HowGiven.Oral, DateTime.UtcNow, null, null,
            new Dictionary<ConsentTopic, ConsentLevel> { [ConsentTopic.HousingAndMoving] = ConsentLevel.None }));
    }
}
