using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Relatives;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using static Paaroerende.E2ETests.CitizenArea.CitizenArrangements;

namespace Paaroerende.E2ETests.CitizenArea;

/// <summary>
/// Issue 6, parts 1 and 2 in Chromium: staff invite a citizen like a relative, the mailed link leads to the
/// citizen's own MitID (never a password, docs/adr/0042) and their own start page; and the citizen gives a nominated relative consent digitally and
/// withdraws it again with the same steps. Each test makes its own citizen, so the demo people stay as they were.
/// </summary>
[Collection(SharedPortal.Name)]
public partial class CitizenInvitationFlowTests(PortalInChromium portal)
{
    private readonly BothWidths _widths = new("citizen-invitation");

    [Fact]
    public async Task Staff_invite_a_citizen_then_the_mail_link_then_the_citizens_own_MitID_then_their_start_page()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var email = $"borger-{suffix}@test.example";
        var name = $"Karen Borger{suffix}";
        var citizenId = await AddCitizenAsync(portal, "Karen", $"Borger{suffix}");
        await NominateAsync(portal, citizenId, "Lars", $"Søn{suffix}", (ConsentTopic.DailyLife, ConsentLevel.Informed));

        await using (var staffContext = await portal.NewContextAsync())
        {
            var staff = await staffContext.NewPageAsync();
            await SignIn.AsAsync(staff, DemoRole.Staff);
            await staff.GotoAsync($"/Staff/Citizens/{citizenId}");
            await staff.GetByRole(AriaRole.Link, new() { Name = $"Inviter {name} til selv at bruge portalen" }).ClickAsync();
            await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = $"Inviter {name} til portalen" })).ToBeVisibleAsync();
            await AssertNoAxeViolationsAsync(staff, "the staff page that invites a citizen");
            await staff.GetByLabel("Borgerens e-mailadresse").FillAsync(email);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();

            await Assertions.Expect(staff.Locator("[data-notice='InvitationSent']")).ToBeVisibleAsync();
            await Assertions.Expect(staff.Locator("[data-citizen-portal-access]")).ToHaveAttributeAsync("data-citizen-portal-access", "invited");
        }

        var link = await Mailbox.InvitationLinkAsync(portal.MailFolder, email);
        await using var citizenContext = await portal.NewContextAsync(phone: true);
        var page = await citizenContext.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("[data-citizen-invitation]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-invitation-intro]")).ToContainTextAsync("Du tager imod invitationen med dit eget MitID");
        await Assertions.Expect(page.GetByLabel("Vælg en adgangskode")).ToHaveCountAsync(0);
        await _widths.CheckAsync(page, "invitation");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tag imod med MitID" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/TestBroker/Authorize"));
        await page.GetByLabel("En anden person", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Betydelig").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind", Exact = true }).ClickAsync();

        await page.ArriveAtAsync(new Regex("/Citizen$"));
        var start = new CitizenStartPage(page);
        await Assertions.Expect(start.Heading).ToBeVisibleAsync();
        Assert.Equal("Informed", await start.LevelAsync($"Lars Søn{suffix}", "DailyLife"));
        Assert.Equal("Indtil du ændrer det", (await start.UntilAsync($"Lars Søn{suffix}", "DailyLife")).Trim());
        Assert.Equal("None", await start.LevelAsync($"Lars Søn{suffix}", "Medicine"));
        await AssertNoAxeViolationsAsync(page, "the citizen's start page after the invitation");
        _widths.AssertNone();
    }

    [Fact]
    public async Task The_citizen_gives_a_nominated_relative_consent_digitally_and_withdraws_it_with_the_same_steps()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var email = $"borger-{suffix}@test.example";
        var citizenId = await AddCitizenAsync(portal, "Ruth", $"Selvbestemt{suffix}", email);
        var relationId = await NominateAsync(portal, citizenId, "Nina", $"Nomineret{suffix}");
        var relative = $"Nina Nomineret{suffix}";
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await (await LoginPage.OpenAsync(page)).SignInAsync(email, Password);
        var start = await CitizenStartPage.OpenAsync(page);
        Assert.Equal("None", await start.LevelAsync(relative, "DailyLife"));
        await Assertions.Expect(start.Relative(relative).Locator("[data-sees-nothing]")).ToBeVisibleAsync();

        await start.ChangeAsync(relative, "DailyLife", "Orienteret");

        await Assertions.Expect(page.Locator("[data-notice='Saved']")).ToBeVisibleAsync();
        await CitizenStartPage.OpenAsync(page);
        Assert.Equal("Informed", await start.LevelAsync(relative, "DailyLife"));
        await Assertions.Expect(start.Relative(relative).Locator("[data-sees-nothing]")).ToHaveCountAsync(0);
        var given = await WithDbAsync(portal, db => db.ConsentRecords
            .Where(c => c.RelationId == relationId && c.Topic == ConsentTopic.DailyLife).OrderByDescending(c => c.RecordedAtUtc).FirstAsync());
        var citizenUser = await WithDbAsync(portal, db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Equal((ConsentBasis.CitizenConsent, HowGiven.Digital, citizenUser), (given.Basis, given.GivenHow, given.RecordedByUserId));

        await start.ChangeAsync(relative, "DailyLife", "Ingen adgang");

        await CitizenStartPage.OpenAsync(page);
        Assert.Equal("None", await start.LevelAsync(relative, "DailyLife"));
        Assert.Equal(2, await WithDbAsync(portal, db => db.ConsentRecords.CountAsync(c => c.RelationId == relationId && c.RecordedByUserId == citizenUser)));
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page, string where)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe(where, violations));
    }
}
