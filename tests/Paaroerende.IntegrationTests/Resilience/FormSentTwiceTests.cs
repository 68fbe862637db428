using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using Paaroerende.Web.Forms;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// The same rendered form sent twice does its work once (ADR 0060): a care worker on a slow connection who taps "Send"
/// again after the page's four-second guard, or a phone without the page's script, posted the same update twice, and
/// every relative who may see it got it twice. The second sending goes where the first went, with a notice that it was
/// already received; one that arrives while the first is being handled waits for it.
/// </summary>
public sealed class FormSentTwiceTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_update_sent_twice_is_posted_once_and_the_second_sending_goes_where_the_first_went(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var title = $"Ny medicin {Guid.NewGuid():N}";
        var form = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates");
        var update = new Dictionary<string, string>
        {
            ["Input.Topic"] = "Medicine", ["Input.Title"] = title, ["Input.Body"] = "Lægen har ændret dosis.",
        };

        using var first = await sofie.SubmitAsync(form, update);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        using var second = await sofie.SubmitAsync(form, update);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(first.Headers.Location!.PathAndQueryOrOriginal(), second.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Equal(1, await factory.CountAsync(db => db.CitizenUpdates.Where(u => u.Title == title)));
        var landed = await sofie.GetDocumentAsync(second.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Contains("Det er allerede modtaget.", landed.QuerySelector("[data-saved='AlreadySent']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(title, landed.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_message_tapped_six_times_at_once_is_one_conversation_and_every_tap_ends_on_it(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Trykke", consents: (ConsentTopic.DailyLife, ConsentLevel.Informed));
        using var client = await factory.SignInAsync(relative);
        var form = await client.GetDocumentAsync($"{relative.CitizenPage}/Messages");
        var message = new Dictionary<string, string>
        {
            ["Input.Topic"] = "DailyLife", ["Input.Subject"] = "Mors briller", ["Input.Body"] = "Kan I bestille en tid hos optikeren?",
        };

        var taps = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await client.SubmitAsync(form, message);
            return (response.StatusCode, Location: response.Headers.Location?.PathAndQueryOrOriginal());
        }));

        var thread = await factory.WithDbAsync(db => db.MessageThreads.Where(t => t.RelationId == relative.RelationId).Select(t => t.Id).ToListAsync());
        Assert.Single(thread);
        Assert.All(taps, tap => Assert.Equal((HttpStatusCode.Redirect, $"{relative.CitizenPage}/Messages/{thread[0]}"), tap));
        Assert.Equal(1, await factory.CountAsync(db => db.Messages.Where(m => m.ThreadId == thread[0])));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_form_shown_again_with_what_to_correct_does_its_work_when_sent_again(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var title = $"Frisør {Guid.NewGuid():N}";
        var form = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates");

        using var refused = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Topic"] = "DailyLife", ["Input.Title"] = "", ["Input.Body"] = "Frisøren kommer torsdag.",
        });
        using var sent = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Topic"] = "DailyLife", ["Input.Title"] = title, ["Input.Body"] = "Frisøren kommer torsdag.",
        });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Redirect), (refused.StatusCode, sent.StatusCode));
        Assert.Equal(1, await factory.CountAsync(db => db.CitizenUpdates.Where(u => u.Title == title)));
        Assert.Equal(0, await factory.CountAsync(db => db.FormSendings.Where(s => s.Location == null)));
    }

    [Fact]
    public async Task A_sending_whose_first_is_not_done_in_time_answers_409_and_stores_nothing_more()
    {
        // A portal of its own that waits one second instead of ten (Sendings:LongestWait): the wait is the test's length.
        await using var factory = await PortalFactory.CreateAsync(Core.Data.DatabaseRegistration.SqliteProvider,
            services: services => services.Configure<SendingOptions>(options => options.LongestWait = TimeSpan.FromSeconds(1)));
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var title = $"Hængt {Guid.NewGuid():N}";
        var form = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates");
        var update = new Dictionary<string, string> { ["Input.Topic"] = "DailyLife", ["Input.Title"] = title, ["Input.Body"] = "Sendt igen." };
        using var first = await sofie.SubmitAsync(form, update);
        // As if the first sending were still being handled (an instance that stopped mid-way): claimed, never finished.
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync());
        await factory.WithDbAsync(db => db.FormSendings.Where(s => s.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Location, (string?)null)));

        using var second = await sofie.SubmitAsync(form, update);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Contains("Det var allerede gemt", (await HtmlForms.ParseAsync(second)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync(db => db.CitizenUpdates.Where(u => u.Title == title)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_same_form_sent_again_with_something_changed_does_its_work_again(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var title = $"Tandlæge {Guid.NewGuid():N}";
        var form = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates");

        // The first answer was slow; she corrected a typo on the page still in front of her and sent it again.
        using var first = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Topic"] = "DailyLife", ["Input.Title"] = title, ["Input.Body"] = "Tandlægen kommer tirsdga.",
        });
        using var corrected = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Topic"] = "DailyLife", ["Input.Title"] = title, ["Input.Body"] = "Tandlægen kommer tirsdag.",
        });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, corrected.StatusCode));
        var bodies = await factory.WithDbAsync(db => db.CitizenUpdates.Where(u => u.Title == title).Select(u => u.Body).OrderBy(b => b).ToListAsync());
        Assert.Equal(["Tandlægen kommer tirsdag.", "Tandlægen kommer tirsdga."], bodies);
        var landed = await sofie.GetDocumentAsync(corrected.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Null(landed.QuerySelector("[data-saved='AlreadySent']"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_persons_key_is_theirs_alone(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var colleague = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.DemoHome), TestUsers.Password);
        var title = $"Samme nøgle {Guid.NewGuid():N}";
        var form = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates");
        var theirs = await colleague.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates");
        var update = new Dictionary<string, string>
        {
            ["Input.Topic"] = "DailyLife", ["Input.Title"] = title, ["Input.Body"] = "Skrevet af to.",
            [SentOnceFilter.KeyField] = KeyOf(form),
        };

        using var first = await sofie.SubmitAsync(form, update);
        using var second = await colleague.SubmitAsync(theirs, update);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(2, await factory.CountAsync(db => db.CitizenUpdates.Where(u => u.Title == title)));
    }

    private static string KeyOf(IHtmlDocument form) =>
        form.QuerySelector($"form[method='post'] input[name='{SentOnceFilter.KeyField}']")!.GetAttribute("value")!;
}
