using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.Core.Messages;
using Paaroerende.Core.Notifications;
using Paaroerende.IntegrationTests.CitizenArea;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.Messages;

/// <summary>
/// Messages between a relative and the staff of the citizen's unit, read through the consent gate: a thread about a
/// topic exists for the relative only while they may see the topic, no other relative ever sees it, staff of other
/// units get 404, and the mail says only that there is a message.
/// </summary>
public class MessageTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Secret = "TANDPINE-7731";
    private const string Answer = "SVAR-TORSDAG-4402";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_writes_about_a_topic_they_follow_staff_answer_and_the_mail_says_only_that_there_is_a_message(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.Medicine, ConsentLevel.Informed));
        using var relative = await world.SignInAsRelativeAsync(factory);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var subject = $"Medicin {Guid.NewGuid():N}"[..20];

        var form = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Messages");
        Assert.Equal(["General", "Medicine"], TopicChoices(form));
        var threadId = await StartAsync(relative, form, "Medicine", subject, $"Hun klager over {Secret}.");

        var staffStart = await sofie.GetDocumentAsync("/Staff");
        Assert.NotNull(staffStart.QuerySelector("[data-unread-messages]"));
        var list = await sofie.GetDocumentAsync("/Staff/Messages");
        var row = list.QuerySelector($"[data-thread='{threadId}']")!;
        Assert.Contains(subject, row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector("[data-unread]"));
        var thread = await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Messages/{threadId}");
        Assert.Contains(Secret, thread.Text(), StringComparison.Ordinal);
        Assert.Null((await sofie.GetDocumentAsync("/Staff/Messages")).QuerySelector($"[data-thread='{threadId}'] [data-unread]"));
        using var answered = await sofie.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Body"] = $"Vi ringer til lægen. {Answer}" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        Assert.NotNull((await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Messages")).QuerySelector($"[data-thread='{threadId}'] [data-new-answer]"));
        var read = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Messages/{threadId}");
        Assert.Contains(Answer, read.Text(), StringComparison.Ordinal);
        Assert.Equal("true", read.QuerySelector("[data-message='Relative'] [data-read]")!.GetAttribute("data-read"));
        Assert.Null((await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Messages")).QuerySelector($"[data-thread='{threadId}'] [data-new-answer]"));
        Assert.NotNull((await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Messages/{threadId}")).QuerySelector("[data-relative-read='true']"));
        var mail = Assert.Single(await factory.DeliveredToAsync(world.RelativeEmail, 1));
        var text = mail.Subject + mail.Body;
        Assert.Contains("ny besked", text, StringComparison.Ordinal);
        foreach (var hidden in new[] { Answer, Secret, subject, "Grete", "edicin" })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }

        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.CitizenId == world.CitizenId && e.Action == AuditAction.RelativeRead && e.Topic == ConsentTopic.Medicine));
        Assert.True(audited, "the relative's read of the Medicine thread is audited with its topic");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task When_the_citizen_withdraws_the_topic_the_thread_is_gone_for_the_relative_and_staff_cannot_answer(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.Medicine, ConsentLevel.Informed));
        using var relative = await world.SignInAsRelativeAsync(factory);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var form = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Messages");
        var medicine = await StartAsync(relative, form, "Medicine", "Om pillerne", $"Spørgsmål {Secret}");
        var general = await StartAsync(relative, await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Messages"),
            "General", "Besøg søndag", "Må jeg tage hunden med?");

        using var answered = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Messages/{medicine}"),
            new Dictionary<string, string> { ["Input.Body"] = Answer });
        Assert.Contains(Answer, (await Privacy.PrivateRowsWorld.DownloadAsync(relative, "/Relatives/MyData?handler=Json")).Text, StringComparison.Ordinal);

        await factory.WithServiceAsync<CitizenConsents, DateTime?>(c => c.RecordAsync(world.CitizenUserId, world.CitizenId,
            world.RelationId, [new CitizenTopicChoice(ConsentTopic.Medicine, ConsentLevel.None)]));

        // The relative's copy keeps what they wrote, not the answer they may no longer see; the citizen's has neither.
        var copy = (await Privacy.PrivateRowsWorld.DownloadAsync(relative, "/Relatives/MyData?handler=Json")).Text;
        Assert.Contains(Secret, copy, StringComparison.Ordinal);
        Assert.DoesNotContain(Answer, copy, StringComparison.Ordinal);
        using var citizen = await world.SignInAsCitizenAsync(factory);
        var citizensCopy = (await Privacy.PrivateRowsWorld.DownloadAsync(citizen, "/Citizen/MyData?handler=Json")).Text;
        Assert.DoesNotContain(Secret, citizensCopy, StringComparison.Ordinal);

        using var gone = await relative.GetAsync(new Uri($"/Relatives/Citizen/{world.CitizenId}/Messages/{medicine}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var list = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Messages");
        Assert.Null(list.QuerySelector($"[data-thread='{medicine}']"));
        Assert.NotNull(list.QuerySelector($"[data-thread='{general}']"));
        Assert.DoesNotContain("Medicine", TopicChoices(list));

        var staffView = await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Messages/{medicine}");
        Assert.NotNull(staffView.QuerySelector("[data-relative-cannot-see]"));
        Assert.Null(staffView.QuerySelector("form textarea"));
        using var refused = await sofie.PostAsync(new Uri($"/Staff/Citizens/{world.CitizenId}/Messages/{medicine}", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await sofie.TokenAsync($"/Staff/Citizens/{world.CitizenId}/Messages/{general}"),
                ["Input.Body"] = "Skrevet alligevel",
            }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(1, await factory.CountAsync(db => db.Messages.Where(m => m.ThreadId == medicine && m.From == MessageSide.Staff)));
        Assert.Single(await factory.NoticesToAsync(await factory.UserIdAsync(world.RelativeEmail)), n => n.Kind == NotificationKind.NewMessage);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_cannot_start_a_thread_on_a_topic_they_do_not_follow_and_keeps_what_they_typed(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        using var relative = await world.SignInAsRelativeAsync(factory);
        var form = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Messages");

        using var refused = await relative.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Topic"] = "Finances", ["Input.Subject"] = "Om regningen", ["Input.Body"] = $"Teksten {Secret}",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForms.ParseAsync(refused);
        Assert.Equal("Vælg „Hvad handler beskeden om?“.", page.QuerySelector(".form-error-message")?.TextContent.Replace("Fejl:", "", StringComparison.Ordinal).Trim());
        Assert.Contains(Secret, page.QuerySelector("textarea[name='Input.Body']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync(db => db.MessageThreads.Where(t => t.CitizenId == world.CitizenId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_relative_of_the_same_citizen_and_staff_of_another_unit_get_404_for_the_thread_get_and_post(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var metteRelation = await factory.RelationIdAsync(inger, DemoAccounts.Relative);
        var metteThread = await factory.WithDbAsync(db => db.MessageThreads.Where(t => t.RelationId == metteRelation).Select(t => t.Id).SingleAsync());
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative); // Inger's relative too, with other topics
        using var stranger = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit), TestUsers.Password);
        var relativeUrl = $"/Relatives/Citizen/{inger}/Messages/{metteThread}";
        var staffUrl = $"/Staff/Citizens/{inger}/Messages/{metteThread}";
        var before = await factory.CountAsync(db => db.Messages);

        var own = await mette.GetDocumentAsync(relativeUrl);
        Assert.Contains("Tid hos tandlægen", own.Text(), StringComparison.Ordinal);
        var jensToken = await jens.TokenAsync($"/Relatives/Citizen/{inger}/Messages");
        var strangerToken = await stranger.TokenAsync("/Staff");
        using var jensGets = await jens.GetAsync(new Uri(relativeUrl, UriKind.Relative));
        using var jensPosts = await jens.PostAsync(new Uri(relativeUrl, UriKind.Relative), Body(jensToken));
        using var strangerGets = await stranger.GetAsync(new Uri(staffUrl, UriKind.Relative));
        using var strangerPosts = await stranger.PostAsync(new Uri(staffUrl, UriKind.Relative), Body(strangerToken));

        Assert.All([jensGets, jensPosts, strangerGets, strangerPosts], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.DoesNotContain(metteThread.ToString(), (await jens.GetDocumentAsync($"/Relatives/Citizen/{inger}/Messages")).Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(before, await factory.CountAsync(db => db.Messages));
    }

    private static FormUrlEncodedContent Body(string token) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Body"] = "Ikke min tråd" });

    private static List<string> TopicChoices(IHtmlDocument form) =>
        [.. form.QuerySelectorAll("input[name='Input.Topic']").Select(i => i.GetAttribute("value")!).Order(StringComparer.Ordinal)];

    private static async Task<Guid> StartAsync(HttpClient relative, IHtmlDocument form, string topic, string subject, string body)
    {
        using var sent = await relative.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Topic"] = topic, ["Input.Subject"] = subject, ["Input.Body"] = body,
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return Guid.Parse(sent.Headers.Location!.OriginalString.Split('/').Last());
    }
}
