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

        Assert.Equal((1, 1), await ThreadsAndMessagesAsync(relation));
    }

    [Fact]
    public async Task A_message_tapped_again_after_the_pages_guard_is_one_conversation_and_says_it_was_already_received()
    {
        var (relation, ditte) = await MessageFormAsync("Dagny", "Ditte");
        await using var context = ditte.Context;

        // A very slow network: the first answer takes five seconds, and she taps again after four and a half, when the
        // page's own guard (four seconds) lets the form go again. The server must know it is the same form.
        var posts = await HoldFirstMessageAnswerAsync(ditte, () => Task.Delay(5000));
        await ditte.GetByRole(AriaRole.Button, new() { Name = "Send besked" })
            .EvaluateAsync("button => { button.click(); setTimeout(() => button.click(), 4500); }");

        await Assertions.Expect(ditte.Locator("[data-saved='AlreadySent']")).ToContainTextAsync("Det er allerede modtaget.", new() { Timeout = 15_000 });
        await Assertions.Expect(ditte.Locator("h1")).ToHaveTextAsync("Mors briller");
        Assert.Equal(2, posts.Count);
        Assert.Equal((1, 1), await ThreadsAndMessagesAsync(relation));
        var check = new BothWidths("form-sent-twice");
        await check.CheckAsync(ditte, "already-received");
        check.AssertNone();
    }

    [Fact]
    public async Task A_form_sent_again_while_the_first_is_still_being_handled_ends_on_the_already_saved_page()
    {
        var (relation, ditte) = await MessageFormAsync("Dorit", "Dinna");
        await using var context = ditte.Context;
        var firstAnswered = new TaskCompletionSource();
        // The first sending is stored, and then looks as if it were still being handled (an instance that stopped before
        // it finished): its key claimed, its address never kept. Its answer never reaches her.
        var posts = await HoldFirstMessageAnswerAsync(ditte, async () =>
        {
            await CitizenArrangements.WithDbAsync(portal, async db =>
            {
                var userId = await db.Users.Where(u => u.DisplayName == "Dinna Dobbeltsen").Select(u => u.Id).SingleAsync();
                return await db.FormSendings.Where(s => s.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Location, (string?)null));
            });
            await firstAnswered.Task;
        });

        await ditte.GetByRole(AriaRole.Button, new() { Name = "Send besked" })
            .EvaluateAsync("button => { button.click(); setTimeout(() => button.click(), 4500); }");

        await Assertions.Expect(ditte.Locator("h1")).ToHaveTextAsync("Det var allerede gemt", new() { Timeout = 30_000 });
        firstAnswered.SetResult();
        Assert.Equal(2, posts.Count);
        Assert.Equal((1, 1), await ThreadsAndMessagesAsync(relation));
        var check = new BothWidths("form-sent-twice");
        await check.CheckAsync(ditte, "still-being-saved");
        check.AssertNone();
    }

    /// <summary>
    /// A slow network for the page's message posts: the first one reaches the portal and is answered, but its answer
    /// is held back until <paramref name="holdWhile"/> has run; later posts go through. Counts the posts.
    /// </summary>
    private static async Task<PostCount> HoldFirstMessageAnswerAsync(IPage page, Func<Task> holdWhile)
    {
        var posts = new PostCount();
        await page.RouteAsync("**/Messages", async route =>
        {
            if (route.Request.Method != "POST" || posts.Add() > 1)
            {
                await route.ContinueAsync();
                return;
            }

            var answer = await route.FetchAsync(new() { MaxRedirects = 0 });
            await holdWhile();
            try
            {
                await route.FulfillAsync(new() { Response = answer });
            }
            catch (PlaywrightException)
            {
                // The browser gave up this answer for the second tap's.
            }
        });
        return posts;
    }

    /// <summary>A new relative's message form for a new citizen, filled in and not sent, on a phone.</summary>
    private async Task<(Guid Relation, IPage Page)> MessageFormAsync(string citizenName, string relativeName)
    {
        var citizen = await CitizenArrangements.AddCitizenAsync(portal, citizenName, "Dobbeltsen");
        var relation = await CitizenArrangements.NominateAsync(portal, citizen, relativeName, "Dobbeltsen", (ConsentTopic.DailyLife, ConsentLevel.Informed));
        var email = await CitizenArrangements.GiveRelativeSignInAsync(portal, relation, $"{relativeName} Dobbeltsen");
        var context = await portal.NewContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await (await LoginPage.OpenAsync(page)).SignInAsync(email, CitizenArrangements.Password);
        await page.GotoAsync($"/Relatives/Citizen/{citizen}/Messages");
        await page.Locator("label", new() { HasText = "Dagligdag" }).ClickAsync();
        await page.GetByLabel("Emne").FillAsync("Mors briller");
        await page.GetByLabel("Din besked").FillAsync("Mor har brug for nye briller. Kan I bestille en tid hos optikeren?");
        return (relation, page);
    }

    private Task<(int Threads, int Messages)> ThreadsAndMessagesAsync(Guid relation) =>
        CitizenArrangements.WithDbAsync(portal, async db => (
            await db.MessageThreads.CountAsync(t => t.RelationId == relation),
            await db.Messages.CountAsync(m => db.MessageThreads.Any(t => t.Id == m.ThreadId && t.RelationId == relation))));

    private sealed class PostCount
    {
        private int _count;

        public int Count => _count;

        public int Add() => Interlocked.Increment(ref _count);
    }
}
