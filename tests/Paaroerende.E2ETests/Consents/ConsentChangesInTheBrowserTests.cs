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

namespace Paaroerende.E2ETests.Consents;

/// <summary>
/// Withdrawal, kept-out and expiry each hide a topic on the very next page load in a real browser: no cache, no job.
/// Each test makes its own relative of the demo citizen Inger, so the shared demo people are left as they were.
/// </summary>
[Collection(SharedPortal.Name)]
public class ConsentChangesInTheBrowserTests(PortalInChromium portal)
{
    private const string Password = "en-lang-e2e-adgangskode";

    [Fact]
    public async Task A_topic_withdrawn_by_staff_in_the_consent_form_is_gone_on_the_relatives_next_page_load()
    {
        var relative = await ArrangeRelativeAsync(validUntilUtc: null);
        await using var relativeContext = await portal.NewContextAsync();
        var relativePage = await relativeContext.NewPageAsync();
        await (await LoginPage.OpenAsync(relativePage)).SignInAsync(relative.Email, Password);
        Assert.Contains("Medicine", await ShownTopicsAsync(relativePage, relative.CitizenId));

        await using var staffContext = await portal.NewContextAsync();
        var staffPage = await staffContext.NewPageAsync();
        await SignIn.AsAsync(staffPage, DemoRole.Staff);
        await staffPage.GotoAsync($"/Staff/Citizens/{relative.CitizenId}/Relations/{relative.RelationId}/Consent");
        await staffPage.Locator("[data-topic='Medicine'] label", new() { HasText = "Ingen adgang" }).ClickAsync();
        await staffPage.Locator("label", new() { HasTextRegex = new("^\\s*Mundtligt\\s*$") }).ClickAsync();
        await staffPage.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(staffPage.Locator("[data-change-preview] li")).ToHaveTextAsync("Ebba kan ikke længere se Medicin fra i dag.");
        await staffPage.GetByRole(AriaRole.Button, new() { Name = "Bekræft og gem" }).ClickAsync();
        await staffPage.ArriveAtAsync(new Regex("^(?!.*/Consent)"));

        var after = await ShownTopicsAsync(relativePage, relative.CitizenId);
        Assert.DoesNotContain("Medicine", after);
        Assert.Contains("DailyLife", after);
    }

    [Fact]
    public async Task A_topic_kept_out_is_gone_on_the_next_page_load()
    {
        var relative = await ArrangeRelativeAsync(validUntilUtc: null);
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await (await LoginPage.OpenAsync(page)).SignInAsync(relative.Email, Password);
        Assert.Contains("HealthAndCare", await ShownTopicsAsync(page, relative.CitizenId));

        // Kept out on another basis (a power of attorney line) wins over the citizen's own consent.
        await RecordAsync(relative.RelationId, ConsentBasis.PowerOfAttorney, null, (ConsentTopic.HealthAndCare, ConsentLevel.KeptOut));

        Assert.DoesNotContain("HealthAndCare", await ShownTopicsAsync(page, relative.CitizenId));
    }

    [Fact]
    public async Task A_consent_that_expires_stops_showing_once_its_end_has_passed()
    {
        var relative = await ArrangeRelativeAsync(validUntilUtc: DateTime.UtcNow.AddSeconds(6));
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await (await LoginPage.OpenAsync(page)).SignInAsync(relative.Email, Password);
        Assert.Contains("DailyLife", await ShownTopicsAsync(page, relative.CitizenId));

        await Task.Delay(TimeSpan.FromSeconds(7));

        Assert.Empty(await ShownTopicsAsync(page, relative.CitizenId));
    }

    [Fact]
    public async Task A_form_opened_before_a_colleague_withdrew_a_topic_says_so_and_does_not_give_it_back()
    {
        var relative = await ArrangeRelativeAsync(validUntilUtc: null);
        await using var staffContext = await portal.NewContextAsync(phone: true);
        var staffPage = await staffContext.NewPageAsync();
        await SignIn.AsAsync(staffPage, DemoRole.Staff);
        await staffPage.GotoAsync($"/Staff/Citizens/{relative.CitizenId}/Relations/{relative.RelationId}/Consent");
        // While the form is open, a colleague withdraws Medicin.
        await RecordAsync(relative.RelationId, ConsentBasis.CitizenConsent, null, (ConsentTopic.Medicine, ConsentLevel.None));

        await staffPage.Locator("[data-topic='HousingAndMoving'] label", new() { HasText = "Orienteret" }).ClickAsync();
        await staffPage.Locator("label", new() { HasTextRegex = new("^\\s*Mundtligt\\s*$") }).ClickAsync();
        await staffPage.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();

        await Assertions.Expect(staffPage.Locator("[data-changed-meanwhile] li")).ToHaveTextAsync("Medicin");
        await Assertions.Expect(staffPage.Locator("[data-topic='Medicine'] input[value='None']")).ToBeCheckedAsync();
        await Assertions.Expect(staffPage.Locator("[data-topic='HousingAndMoving'] input[value='Informed']")).ToBeCheckedAsync();
        var check = new BothWidths("consent-changed-meanwhile");
        await check.CheckAsync(staffPage, "form-shown-again");
        check.AssertNone();

        await staffPage.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await staffPage.ArriveAtAsync(new Regex("^(?!.*/Consent)"));
        await using var scope = portal.Services.CreateAsyncScope();
        var current = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CurrentConsents
            .Where(c => c.RelationId == relative.RelationId && c.Basis == ConsentBasis.CitizenConsent)
            .ToDictionaryAsync(c => c.Topic, c => c.Level);
        Assert.Equal((ConsentLevel.None, ConsentLevel.Informed), (current[ConsentTopic.Medicine], current[ConsentTopic.HousingAndMoving]));
    }

    private static async Task<IReadOnlyList<string>> ShownTopicsAsync(IPage page, Guid citizenId)
    {
        var response = await page.GotoAsync($"/Relatives/Citizen/{citizenId}");
        Assert.Equal(200, response?.Status);
        var topics = await page.Locator("[data-topic]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.topic)");
        return [.. topics.Distinct()];
    }

    private async Task<ArrangedRelative> ArrangeRelativeAsync(DateTime? validUntilUtc)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var staffId = await db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync();
        var inger = await db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync();
        var email = $"e2e-{Guid.NewGuid():N}@test.example";
        var relationId = await scope.ServiceProvider.GetRequiredService<ConsentRecorder>().NominateAsync(staffId,
            new NominationCommand(inger, null, "Ebba", "Testpårørende", email, null, RelationKind.Friend, null, HowGiven.Oral));
        var personId = await db.Relations.Where(r => r.Id == relationId).Select(r => r.PersonId).SingleAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Ebba Testpårørende", PersonId = personId };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Relative);
        var person = await db.People.SingleAsync(p => p.Id == personId);
        person.UserId = user.Id;
        await db.SaveChangesAsync();

        await RecordAsync(relationId, ConsentBasis.CitizenConsent, validUntilUtc,
            (ConsentTopic.DailyLife, ConsentLevel.Informed),
            (ConsentTopic.Medicine, ConsentLevel.Informed),
            (ConsentTopic.HealthAndCare, ConsentLevel.Involved));
        return new ArrangedRelative(email, inger, relationId);
    }

    private async Task RecordAsync(
        Guid relationId, ConsentBasis basis, DateTime? validUntilUtc, params (ConsentTopic Topic, ConsentLevel Level)[] levels)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var staffId = await db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync();
        // The demo updates were published before this relative existed: the grants also show those (the disclosure
        // choice), so each topic has updates on the relative's page.
        var from = DateTime.UtcNow.AddMinutes(-1);
        var command = new ConsentCommand(
            relationId, basis, null, HowGiven.Oral, null,
            [.. levels.Select(l => new TopicDecision(l.Topic, l.Level, from, validUntilUtc, from.AddYears(-1)))]);
        // A fuldmagt or værgemål rests on a document (ADR 0033).
        await scope.ServiceProvider.GetRequiredService<ConsentRecorder>().RecordConsentsAsync(staffId, LegalBasisRules.RestsOnDocument(basis)
            ? command with { BasisScope = "Personlige forhold", BasisDocument = "Fuldmagt af 1. marts 2026", BasisExpiresUtc = from.AddYears(1) }
            : command);
    }

    private sealed record ArrangedRelative(string Email, Guid CitizenId, Guid RelationId);
}
