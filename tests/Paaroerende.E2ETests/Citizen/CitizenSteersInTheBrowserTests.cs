using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.CitizenArea;

/// <summary>
/// The demo citizen withdraws a topic and then ends the relation, in a real browser, for a relative the test makes
/// itself (so Mette's and Jens's consents stay as they were); the relative's next page load shows each at once.
/// </summary>
[Collection(SharedPortal.Name)]
public class CitizenSteersInTheBrowserTests(PortalInChromium portal)
{
    private const string Password = "en-lang-e2e-adgangskode";

    [Fact]
    public async Task A_topic_the_citizen_withdraws_and_then_the_relation_they_end_are_gone_on_the_relatives_next_page_load()
    {
        var (email, inger, relationId) = await ArrangeRelativeAsync();
        await using var relativeContext = await portal.NewContextAsync();
        var relativePage = await relativeContext.NewPageAsync();
        await (await LoginPage.OpenAsync(relativePage)).SignInAsync(email, Password);
        Assert.Contains("Medicine", await AllowedTopicsAsync(relativePage, inger));

        await using var citizenContext = await portal.NewContextAsync();
        var page = await citizenContext.NewPageAsync();
        await SignIn.AsAsync(page, DemoRole.Citizen);
        await page.GotoAsync($"/Citizen/Relations/{relationId}");
        await page.Locator("[data-topic='Medicine'] label", new() { HasText = "Ingen adgang" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-change-preview] li")).ToHaveTextAsync("Ebba kan ikke længere se Medicin fra i dag.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekræft og gem" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/Receipt$"));

        Assert.Equal(1, await page.Locator("[data-notice='Saved']").CountAsync());
        Assert.Equal("None", await page.Locator("tr[data-topic='Medicine']").GetAttributeAsync("data-level"));
        Assert.Equal(["DailyLife"], await AllowedTopicsAsync(relativePage, inger));

        await page.GotoAsync($"/Citizen/Relations/{relationId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Afslut Ebba som pårørende" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, afslut Ebba Testpårørende som pårørende" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/Receipt$"));

        Assert.Equal(404, (await relativePage.GotoAsync($"/Relatives/Citizen/{inger}"))?.Status);
    }

    private static async Task<List<string>> AllowedTopicsAsync(IPage page, Guid citizenId)
    {
        var response = await page.GotoAsync($"/Relatives/Citizen/{citizenId}");
        Assert.Equal(200, response?.Status);
        var topics = page.Locator("[data-allowed-topics]");
        return await topics.CountAsync() == 0 ? [] : [.. (await topics.GetAttributeAsync("data-allowed-topics"))!.Split(',').Order()];
    }

    private async Task<(string Email, Guid Inger, Guid RelationId)> ArrangeRelativeAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var staffId = await db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync();
        var inger = await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync();
        var email = $"e2e-{Guid.NewGuid():N}@test.example";
        var recorder = scope.ServiceProvider.GetRequiredService<ConsentRecorder>();
        var relationId = await recorder.NominateAsync(staffId,
            new NominationCommand(inger, null, "Ebba", "Testpårørende", email, null, RelationKind.Friend, null, HowGiven.Oral));
        var personId = await db.Relations.Where(r => r.Id == relationId).Select(r => r.PersonId).SingleAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Ebba Testpårørende", PersonId = personId };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Relative);
        var person = await db.People.SingleAsync(p => p.Id == personId);
        person.UserId = user.Id;
        await db.SaveChangesAsync();

        await recorder.RecordConsentsAsync(staffId, ConsentCommand.Alike(
            relationId, ConsentBasis.CitizenConsent, null, HowGiven.Oral, DateTime.UtcNow.AddMinutes(-1), null, null,
            new Dictionary<ConsentTopic, ConsentLevel> { [ConsentTopic.DailyLife] = ConsentLevel.Informed, [ConsentTopic.Medicine] = ConsentLevel.Informed }));
        return (email, inger, relationId);
    }
}
