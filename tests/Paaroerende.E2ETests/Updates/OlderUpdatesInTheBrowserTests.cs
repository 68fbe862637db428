using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Updates;
using Paaroerende.Demo;
using Paaroerende.E2ETests.CitizenArea;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Updates;

/// <summary>
/// A care worker on her phone looks for last year's update about a citizen with more updates than a page shows: "Ældre
/// opdateringer" takes her to the next page at the list (not back to the top of the form), and she opens the update to
/// correct it. Every page passes axe at phone and desktop width (screenshots when PAAROERENDE_SCREENSHOTS is set).
/// </summary>
[Collection(SharedPortal.Name)]
public class OlderUpdatesInTheBrowserTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("older-updates");

    [Fact]
    public async Task Staff_page_to_an_update_older_than_the_first_page_and_open_it()
    {
        var citizen = await CitizenArrangements.AddCitizenAsync(portal, "Oda", "Arkivsen");
        var oldest = await AddUpdatesAsync(citizen, 23);

        await using var context = await portal.NewContextAsync(phone: true);
        var sofie = await context.NewPageAsync();
        await SignIn.AsAsync(sofie, DemoRole.Staff);
        await sofie.GotoAsync($"/Staff/Citizens/{citizen}/Updates");
        await Assertions.Expect(sofie.Locator("[data-update]")).ToHaveCountAsync(20);
        await Assertions.Expect(sofie.GetByText(oldest, new() { Exact = true })).ToHaveCountAsync(0);
        await _widths.CheckAsync(sofie, "first-page");

        await sofie.SetViewportSizeAsync(PortalInChromium.Phone.Width, PortalInChromium.Phone.Height);
        await sofie.GetByRole(AriaRole.Link, new() { Name = "Ældre opdateringer" }).ClickAsync();
        await Assertions.Expect(sofie).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("side=2#posted-heading$"));
        await Assertions.Expect(sofie.Locator("[data-update]")).ToHaveCountAsync(3);
        await Assertions.Expect(sofie.GetByRole(AriaRole.Link, new() { Name = "Nyere opdateringer" })).ToBeVisibleAsync();
        await _widths.CheckAsync(sofie, "second-page");

        var card = sofie.Locator("[data-update]", new() { HasText = oldest });
        await card.GetByRole(AriaRole.Link, new() { Name = "Ret eller træk tilbage" }).ClickAsync();
        await Assertions.Expect(sofie.Locator("#Input_Title")).ToHaveValueAsync(oldest);

        _widths.AssertNone();
    }

    /// <summary>One update a week going back from today; returns the oldest one's title.</summary>
    private async Task<string> AddUpdatesAsync(Guid citizen, int count)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var author = await db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync();
        for (var week = 0; week < count; week++)
        {
            db.CitizenUpdates.Add(new CitizenUpdate
            {
                Id = Guid.NewGuid(), CitizenId = citizen, Topic = week % 2 == 0 ? ConsentTopic.DailyLife : ConsentTopic.HealthAndCare,
                Title = $"Ugebrev nr. {count - week:00}", Body = "Oda har haft en god uge med gåture og besøg.",
                PublishedAtUtc = DateTime.UtcNow.AddDays(-7 * week), AuthorUserId = author,
            });
        }

        await db.SaveChangesAsync();
        return "Ugebrev nr. 01";
    }
}
