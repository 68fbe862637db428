using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Paaroerende.Core.Consents;
using Paaroerende.E2ETests.CitizenArea;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;

namespace Paaroerende.E2ETests.Messages;

/// <summary>
/// A relative on a slow phone taps "Send besked" twice: the message is sent once, not as two conversations the staff
/// must answer twice. The page's script lets a form go once in a few seconds; the server refuses a row stored twice at
/// once on its own, but two messages are two rows.
/// </summary>
[Collection(SharedPortal.Name)]
public class DoubleTapInTheBrowserTests(PortalInChromium portal)
{
    [Fact]
    public async Task A_message_sent_with_a_double_tap_is_one_conversation()
    {
        var citizen = await CitizenArrangements.AddCitizenAsync(portal, "Dorte", "Dobbeltsen");
        var relation = await CitizenArrangements.NominateAsync(portal, citizen, "Ditte", "Dobbeltsen", (ConsentTopic.DailyLife, ConsentLevel.Informed));
        var email = await CitizenArrangements.GiveRelativeSignInAsync(portal, relation, "Ditte Dobbeltsen");

        await using var context = await portal.NewContextAsync(phone: true);
        var ditte = await context.NewPageAsync();
        await (await LoginPage.OpenAsync(ditte)).SignInAsync(email, CitizenArrangements.Password);
        await ditte.GotoAsync($"/Relatives/Citizen/{citizen}/Messages");
        await ditte.Locator("label", new() { HasText = "Dagligdag" }).ClickAsync();
        await ditte.GetByLabel("Emne").FillAsync("Mors briller");
        await ditte.GetByLabel("Din besked").FillAsync("Mor har brug for nye briller. Kan I bestille en tid hos optikeren?");

        // A slow network: the portal has her message, its answer takes a second to reach her, and she taps again.
        await ditte.RouteAsync("**/Messages", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }

            var answer = await route.FetchAsync(new() { MaxRedirects = 0 });
            await Task.Delay(1000);
            await route.FulfillAsync(new() { Response = answer });
        });
        await ditte.GetByRole(AriaRole.Button, new() { Name = "Send besked" })
            .EvaluateAsync("button => { button.click(); setTimeout(() => button.click(), 300); }");
        await Assertions.Expect(ditte.Locator("h1")).ToHaveTextAsync("Mors briller");

        var threads = await CitizenArrangements.WithDbAsync(portal, db => db.MessageThreads.CountAsync(t => t.RelationId == relation));
        var messages = await CitizenArrangements.WithDbAsync(portal, db => db.Messages.CountAsync(m => db.MessageThreads.Any(t => t.Id == m.ThreadId && t.RelationId == relation)));
        Assert.Equal((1, 1), (threads, messages));
    }
}
