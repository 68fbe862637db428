using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Tenancy;
using Paaroerende.Core.Updates;
using Paaroerende.Demo;
using Paaroerende.E2ETests.CitizenArea;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Relatives;

/// <summary>
/// A daughter on her phone looks for the unit's invitation to the julefrokost, which newer news have pushed off her
/// mother's page: "Se alle nyheder" and then "Ældre nyheder" bring her to it. The citizen lives in a unit of this test's
/// own, so the shared demo unit's news stay as the other tests expect them. Every page passes axe at phone and desktop
/// width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public class UnitNewsArchiveInTheBrowserTests(PortalInChromium portal)
{
    private const string Invitation = "Invitation til julefrokost";

    private readonly BothWidths _widths = new("unit-news");

    [Fact]
    public async Task A_relative_finds_a_news_item_older_than_the_citizens_page_shows()
    {
        var citizen = await CitizenArrangements.AddCitizenAsync(portal, "Vera", "Nyhedsen");
        var relation = await CitizenArrangements.NominateAsync(portal, citizen, "Vibeke", "Nyhedsen", (ConsentTopic.DailyLife, ConsentLevel.Informed));
        var email = await CitizenArrangements.GiveRelativeSignInAsync(portal, relation, "Vibeke Nyhedsen");
        // Moved once the demo staff member (whose unit is the demo home) has nominated the relative.
        var unit = await MoveToOwnUnitAsync(citizen);
        await AddNewsAsync(unit, 14);

        await using var context = await portal.NewContextAsync(phone: true);
        var vibeke = await context.NewPageAsync();
        await (await LoginPage.OpenAsync(vibeke)).SignInAsync(email, CitizenArrangements.Password);
        await vibeke.GotoAsync($"/Relatives/Citizen/{citizen}");
        await Assertions.Expect(vibeke.Locator("[data-unit-news]")).ToHaveCountAsync(5);
        await Assertions.Expect(vibeke.GetByText(Invitation)).ToHaveCountAsync(0);

        await vibeke.GetByRole(AriaRole.Link, new() { Name = "Se alle nyheder fra Vera Nyhedsens enhed" }).ClickAsync();
        await Assertions.Expect(vibeke.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nyheder fra Vera Nyhedsens enhed");
        await Assertions.Expect(vibeke.Locator("[data-unit-news]")).ToHaveCountAsync(10);
        await _widths.CheckAsync(vibeke, "first-page");

        await vibeke.SetViewportSizeAsync(PortalInChromium.Phone.Width, PortalInChromium.Phone.Height);
        await vibeke.GetByRole(AriaRole.Link, new() { Name = "Ældre nyheder" }).ClickAsync();
        await Assertions.Expect(vibeke.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nyheder fra Vera Nyhedsens enhed, side 2");
        await Assertions.Expect(vibeke.Locator("[data-unit-news]")).ToHaveCountAsync(4);
        await Assertions.Expect(vibeke.Locator("[data-unit-news]", new() { HasText = Invitation })).ToBeVisibleAsync();
        await Assertions.Expect(vibeke.GetByRole(AriaRole.Link, new() { Name = "Nyere nyheder" })).ToBeVisibleAsync();
        await _widths.CheckAsync(vibeke, "second-page");

        _widths.AssertNone();
    }

    private async Task<Guid> MoveToOwnUnitAsync(Guid citizenId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var citizen = await db.Citizens.SingleAsync(c => c.Id == citizenId);
        var unit = new Unit
        {
            Id = Guid.NewGuid(), MunicipalityId = citizen.MunicipalityId, Name = "Vera Nyhedsens enhed", Type = UnitType.NursingHome,
            StreetAddress = "Nyhedsvej 1", PostalCode = "2650", City = "Hvidovre",
        };
        db.Units.Add(unit);
        citizen.UnitId = unit.Id;
        await db.SaveChangesAsync();
        return unit.Id;
    }

    /// <summary>One news item a week going back from today; the oldest is the invitation.</summary>
    private async Task AddNewsAsync(Guid unitId, int count)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var author = await db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync();
        for (var week = 0; week < count; week++)
        {
            db.UnitNews.Add(new UnitNews
            {
                Id = Guid.NewGuid(), UnitId = unitId, Title = week == count - 1 ? Invitation : $"Ugens nyt nr. {count - week:00}",
                Body = "Vi har haft besøg af børnehaven, og der var kaffe og kage i dagligstuen.",
                PublishedAtUtc = DateTime.UtcNow.AddDays(-7 * week - 1), AuthorUserId = author,
            });
        }

        await db.SaveChangesAsync();
    }
}
