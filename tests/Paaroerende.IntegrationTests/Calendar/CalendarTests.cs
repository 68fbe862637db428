using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.Calendar;

/// <summary>
/// The calendar (docs/adr/0036): a unit's events open to every active relation in the unit, with sign-ups staff count;
/// meetings about a citizen open to an invited relative only through the gate ("Aftaler og besøg" or the meeting's
/// topic, now); both as .ics files through the same gate, in UTC across summer time.
/// </summary>
public class CalendarTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_signs_up_two_guests_staff_see_the_count_and_a_relative_whose_relation_ended_gets_404(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory); // no topic at all: a unit's events need only the relation
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var relative = await world.SignInAsRelativeAsync(factory);
        var eventId = await CreateEventAsync(sofie, "Julefrokost " + Guid.NewGuid().ToString("N")[..6], "2027-12-17", "18:00", "23:00");

        var calendar = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Calendar");
        Assert.NotNull(calendar.QuerySelector($"[data-event='{eventId}']"));
        var url = $"/Relatives/Citizen/{world.CitizenId}/Calendar/Events/{eventId}";
        using var signedUp = await relative.SubmitAsync(await relative.GetDocumentAsync(url), new Dictionary<string, string> { ["Input.Guests"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        var twoGuests = (await relative.GetDocumentAsync(url)).QuerySelector("[data-signed-up]")!;
        Assert.Equal("2", twoGuests.GetAttribute("data-signed-up"));
        Assert.Equal("Du er tilmeldt med 2 gæster.", twoGuests.TextContent.Trim());
        Assert.Equal("3", (await sofie.GetDocumentAsync($"/Staff/Events/{eventId}")).QuerySelector("[data-total]")!.GetAttribute("data-total"));
        Assert.Equal("3", (await sofie.GetDocumentAsync("/Staff/Events")).QuerySelector($"[data-event='{eventId}'] [data-total]")!.GetAttribute("data-total"));

        using var tooMany = await relative.SubmitAsync(await relative.GetDocumentAsync(url), new Dictionary<string, string> { ["Input.Guests"] = "99" });
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(tooMany)).QuerySelector(".form-error-message"));
        using var changed = await relative.SubmitAsync(await relative.GetDocumentAsync(url), new Dictionary<string, string> { ["Input.Guests"] = "1" });
        Assert.Equal("2", (await sofie.GetDocumentAsync($"/Staff/Events/{eventId}")).QuerySelector("[data-total]")!.GetAttribute("data-total"));
        // One guest is "1 gæst", on the relative's pages and in the staff's list (a noun agrees with its number).
        Assert.Equal("Du er tilmeldt med 1 gæst.", (await relative.GetDocumentAsync(url)).QuerySelector("[data-signed-up]")!.TextContent.Trim());
        Assert.Equal("Du er tilmeldt med 1 gæst", (await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Calendar"))
            .QuerySelector($"[data-event='{eventId}'] [data-signed-up]")!.TextContent.Trim());
        Assert.EndsWith("1 pårørende + 1 gæst = 2", (await sofie.GetDocumentAsync("/Staff/Events")).QuerySelector($"[data-event='{eventId}'] [data-total]")!.TextContent.Trim(), StringComparison.Ordinal);
        using var cancelled = await relative.SubmitAsync(await relative.GetDocumentAsync(url), new Dictionary<string, string>(), "form[action*='handler=Cancel']");
        Assert.Equal("0", (await sofie.GetDocumentAsync($"/Staff/Events/{eventId}")).QuerySelector("[data-total]")!.GetAttribute("data-total"));

        var token = await relative.TokenAsync(url);
        await EndRelationAsync(factory, world.RelationId);
        using var gone = await relative.GetAsync(new Uri(url, UriKind.Relative));
        using var goneIcs = await relative.GetAsync(new Uri(url + "?handler=Ics", UriKind.Relative));
        using var gonePost = await relative.PostAsync(new Uri(url, UriKind.Relative), Form(token, ("Input.Guests", "1")));
        Assert.All([gone, goneIcs, gonePost], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(0, await factory.WithDbAsync(db => db.EventSignUps.CountAsync(s => s.EventId == eventId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_of_another_unit_do_not_find_the_event_and_another_units_relative_does_not_see_it(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var stranger = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit), TestUsers.Password);
        var eventId = await CreateEventAsync(sofie, "Pårørendemøde", "2027-03-02", "17:00", "19:00");

        using var strangers = await stranger.GetAsync(new Uri($"/Staff/Events/{eventId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, strangers.StatusCode);
        Assert.Null((await stranger.GetDocumentAsync("/Staff/Events")).QuerySelector($"[data-event='{eventId}']"));

        // The gate's unit rule: the same as for the unit's news.
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen");
        var metteUser = await factory.UserIdAsync(DemoAccounts.Relative);
        var jensUser = await factory.UserIdAsync(DemoAccounts.SecondRelative);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var (seenByJens, newsUnitsOfJens, eventUnitsOfJens) = await factory.WithServiceAsync<ConsentGate, (bool, List<Guid>, List<Guid>)>(async gate =>
            (await gate.VisibleUnitEvents(jensUser, now).AnyAsync(e => e.Id == eventId),
             await gate.VisibleUnitNews(jensUser, now).Select(n => n.UnitId).Distinct().ToListAsync(),
             await gate.VisibleUnitEvents(jensUser, now).Select(e => e.UnitId).Distinct().ToListAsync()));
        Assert.True(seenByJens);
        Assert.All(eventUnitsOfJens, u => Assert.Contains(u, newsUnitsOfJens));
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        using var viaBent = await jens.GetAsync(new Uri($"/Relatives/Citizen/{bent}/Calendar/Events/{eventId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, viaBent.StatusCode);
        Assert.NotNull(metteUser);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invited_relative_with_consent_on_appointments_answers_and_loses_the_meeting_when_the_consent_goes(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.AppointmentsAndVisits, ConsentLevel.Informed));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var relative = await world.SignInAsRelativeAsync(factory);
        var meetingId = await CreateMeetingAsync(factory, sofie, world.CitizenId, world.RelationId, "Status", topic: null);

        var calendar = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Calendar");
        Assert.NotNull(calendar.QuerySelector($"[data-meeting='{meetingId}']"));
        var url = $"/Relatives/Citizen/{world.CitizenId}/Calendar/Meetings/{meetingId}";
        var page = await relative.GetDocumentAsync(url);
        using var withoutText = await relative.SubmitAsync(page, new Dictionary<string, string> { ["Input.Reply"] = "OtherTime", ["Input.Text"] = "" });
        Assert.Equal(HttpStatusCode.OK, withoutText.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(withoutText)).QuerySelector(".form-error-message"));
        using var answered = await relative.SubmitAsync(page, new Dictionary<string, string> { ["Input.Reply"] = "OtherTime", ["Input.Text"] = "Tirsdag efter kl. 15 passer bedre" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var staffPage = await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Meetings");
        var row = staffPage.QuerySelector($"[data-meeting='{meetingId}'] [data-invited]")!;
        Assert.Equal("OtherTime", row.QuerySelector("[data-reply]")!.GetAttribute("data-reply"));
        Assert.Contains("Tirsdag efter kl. 15", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", row.GetAttribute("data-can-see"));
        var mail = Assert.Single(await factory.DeliveredToAsync(world.RelativeEmail, 1));
        Assert.Contains("inviteret til et møde", mail.Subject + mail.Body, StringComparison.Ordinal);
        foreach (var hidden in new[] { "Grete", "Mødelokalet", "Statusmøde", "halve år" })
        {
            Assert.DoesNotContain(hidden, mail.Subject + mail.Body, StringComparison.Ordinal);
        }

        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ItemId == meetingId && a.Action == AuditAction.RelativeRead
            && a.Topic == ConsentTopic.AppointmentsAndVisits)));

        var token = await relative.TokenAsync(url);
        await factory.WithServiceAsync<CitizenConsents, DateTime?>(c => c.RecordAsync(world.CitizenUserId, world.CitizenId,
            world.RelationId, [new CitizenTopicChoice(ConsentTopic.AppointmentsAndVisits, ConsentLevel.None)]));

        using var gone = await relative.GetAsync(new Uri(url, UriKind.Relative));
        using var goneIcs = await relative.GetAsync(new Uri(url + "?handler=Ics", UriKind.Relative));
        using var gonePost = await relative.PostAsync(new Uri(url, UriKind.Relative), Form(token, ("Input.Reply", "Coming")));
        Assert.All([gone, goneIcs, gonePost], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Null((await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Calendar")).QuerySelector($"[data-meeting='{meetingId}']"));
        var reply = await factory.WithDbAsync(db => db.MeetingInvitations.Where(i => i.MeetingId == meetingId).Select(i => i.Reply).SingleAsync());
        Assert.Equal(MeetingReply.OtherTime, reply);
        var after = await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Meetings");
        Assert.NotNull(after.QuerySelector($"[data-meeting='{meetingId}'] [data-cannot-see]"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_meeting_about_a_topic_opens_to_consent_on_that_topic_and_to_no_one_not_invited(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.Medicine, ConsentLevel.Informed));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var relative = await world.SignInAsRelativeAsync(factory);
        var aboutMedicine = await CreateMeetingAsync(factory, sofie, world.CitizenId, world.RelationId, "Expectations", topic: "Medicine");
        var general = await CreateMeetingAsync(factory, sofie, world.CitizenId, world.RelationId, "MovingIn", topic: null);
        var (_, otherPerson) = await factory.AddRelationAsync(world.CitizenId, "Ole", "Andensen", factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1));

        using var open = await relative.GetAsync(new Uri($"/Relatives/Citizen/{world.CitizenId}/Calendar/Meetings/{aboutMedicine}", UriKind.Relative));
        using var closed = await relative.GetAsync(new Uri($"/Relatives/Citizen/{world.CitizenId}/Calendar/Meetings/{general}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);

        // Ole has an active relation (and consent on "Aftaler og besøg" through no one), but is not invited.
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var olesMeetings = await factory.WithServiceAsync<ConsentGate, int>(gate =>
            gate.MeetingsOpenTo(gate.ActiveRelations(otherPerson, now), now).CountAsync());
        Assert.Equal(0, olesMeetings);
        // Only the meeting the relative may see was announced by mail.
        var notices = await factory.NoticesToAsync(await factory.UserIdAsync(world.RelativeEmail));
        Assert.Single(notices, n => n.Kind == Core.Notifications.NotificationKind.MeetingInvitation);
        var invitedPeople = await factory.WithDbAsync(db => db.MeetingInvitations.Where(i => i.MeetingId == aboutMedicine).Select(i => i.PersonId).ToListAsync());
        Assert.Equal([world.PersonId], invitedPeople);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_ics_files_give_the_start_in_utc_for_a_summer_and_a_winter_date(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.AppointmentsAndVisits, ConsentLevel.Informed));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var relative = await world.SignInAsRelativeAsync(factory);
        var summer = await CreateEventAsync(sofie, "Sommerfest", "2027-06-24", "14:00", "17:00");
        var winter = await CreateEventAsync(sofie, "Julefrokost", "2027-12-17", "18:00", "23:00");
        var meeting = await CreateMeetingAsync(factory, sofie, world.CitizenId, world.RelationId, "Status", topic: null, day: "2027-07-01", start: "10:30");

        var summerFile = await IcsAsync(relative, $"/Relatives/Citizen/{world.CitizenId}/Calendar/Events/{summer}?handler=Ics");
        var winterFile = await IcsAsync(relative, $"/Relatives/Citizen/{world.CitizenId}/Calendar/Events/{winter}?handler=Ics");
        var meetingFile = await IcsAsync(relative, $"/Relatives/Citizen/{world.CitizenId}/Calendar/Meetings/{meeting}?handler=Ics");

        Assert.Equal(new DateTime(2027, 6, 24, 12, 0, 0, DateTimeKind.Utc), summerFile.Start);
        Assert.Equal(new DateTime(2027, 6, 24, 15, 0, 0, DateTimeKind.Utc), summerFile.End);
        Assert.Equal(new DateTime(2027, 12, 17, 17, 0, 0, DateTimeKind.Utc), winterFile.Start);
        Assert.Equal(new DateTime(2027, 7, 1, 8, 30, 0, DateTimeKind.Utc), meetingFile.Start);
        Assert.Contains("Statusmøde", meetingFile.Summary, StringComparison.Ordinal);
        Assert.Equal($"{winter}@paaroerendeportalen", winterFile.Uid);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_cancelled_event_or_meeting_is_gone_for_relatives_kept_for_staff_and_cannot_be_changed_again(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.AppointmentsAndVisits, ConsentLevel.Informed));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var stranger = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit), TestUsers.Password);
        using var relative = await world.SignInAsRelativeAsync(factory);
        var eventId = await CreateEventAsync(sofie, "Sommerudflugt", "2027-06-10", "10:00", "15:00");
        var meetingId = await CreateMeetingAsync(factory, sofie, world.CitizenId, world.RelationId, "Status", topic: null);
        var eventUrl = $"/Relatives/Citizen/{world.CitizenId}/Calendar/Events/{eventId}";
        var meetingUrl = $"/Relatives/Citizen/{world.CitizenId}/Calendar/Meetings/{meetingId}";
        using (var signedUp = await relative.SubmitAsync(await relative.GetDocumentAsync(eventUrl), new Dictionary<string, string> { ["Input.Guests"] = "1" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        }

        using var strangerCancels = await stranger.PostAsync(new Uri($"/Staff/Events/{eventId}?handler=Cancel", UriKind.Relative),
            Form(await stranger.TokenAsync("/Staff"), ("Reason", "Ikke min")));
        Assert.Equal(HttpStatusCode.NotFound, strangerCancels.StatusCode);
        var staffEvent = await sofie.GetDocumentAsync($"/Staff/Events/{eventId}");
        using var withoutReason = await sofie.SubmitAsync(staffEvent, new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.UnitEvents.Where(e => e.Id == eventId).Select(e => e.CancelledAtUtc).SingleAsync()));
        using var cancelled = await sofie.SubmitAsync(staffEvent, new Dictionary<string, string> { ["Reason"] = "Bussen er aflyst" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var staffMeetings = await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Meetings");
        using var meetingCancelled = await sofie.SubmitAsync(staffMeetings, new Dictionary<string, string> { ["meetingId"] = meetingId.ToString(), ["reason"] = "Kontaktpersonen er syg" });
        Assert.Equal(HttpStatusCode.Redirect, meetingCancelled.StatusCode);

        using var eventGone = await relative.GetAsync(new Uri(eventUrl, UriKind.Relative));
        using var meetingGone = await relative.GetAsync(new Uri(meetingUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, eventGone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, meetingGone.StatusCode);
        var calendar = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Calendar");
        Assert.Null(calendar.QuerySelector($"[data-event='{eventId}']"));
        Assert.Null(calendar.QuerySelector($"[data-meeting='{meetingId}']"));
        var staffView = await sofie.GetDocumentAsync($"/Staff/Events/{eventId}");
        Assert.Contains("Bussen er aflyst", staffView.QuerySelector("[data-cancelled]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", staffView.QuerySelector("[data-total]")!.GetAttribute("data-total"));
        Assert.NotNull((await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Meetings")).QuerySelector($"[data-meeting='{meetingId}'] [data-cancelled]"));
        var data = await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Data");
        Assert.Matches(@"aflyst den \d+\. \w+ \d{4}", data.QuerySelector($"article[data-id='{meetingId}']")!.TextContent);
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            (a.Action == AuditAction.EventCancelled && a.Detail == eventId.ToString()) || (a.Action == AuditAction.MeetingCancelled && a.Detail == meetingId.ToString()))));

        // Cancelled is final, and nothing else about an event changes.
        await Assert.ThrowsAsync<Core.Data.AppendOnlyViolationException>(() => factory.WithDbAsync(async db =>
        {
            var item = await db.UnitEvents.SingleAsync(e => e.Id == eventId);
            item.CancelledAtUtc = null;
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<Core.Data.AppendOnlyViolationException>(() => factory.WithDbAsync(async db =>
        {
            var item = await db.CitizenMeetings.SingleAsync(m => m.Id == meetingId);
            item.Place = "Et andet sted";
            return await db.SaveChangesAsync();
        }));
    }

    private static async Task<(DateTime Start, DateTime End, string Summary, string Uid)> IcsAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var item = Assert.Single(calendar.Events);
        Assert.True(item.Start!.IsUtc, "DTSTART is written in UTC");
        return (item.Start.AsUtc, item.End!.AsUtc, item.Summary!, item.Uid!);
    }

    internal static async Task<Guid> CreateEventAsync(HttpClient staff, string title, string day, string start, string end)
    {
        var form = await staff.GetDocumentAsync("/Staff/Events");
        using var created = await staff.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Date"] = day, ["Input.StartTime"] = start, ["Input.EndTime"] = end,
            ["Input.Place"] = "Caféen", ["Input.Description"] = "Kom og vær med.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
    }

    internal static async Task<Guid> CreateMeetingAsync(
        PortalFactory factory, HttpClient staff, Guid citizenId, Guid relationId, string kind, string? topic, string day = "2027-05-04",
        string start = "13:00")
    {
        var url = $"/Staff/Citizens/{citizenId}/Meetings";
        var before = await factory.WithDbAsync(db => db.CitizenMeetings.Where(m => m.CitizenId == citizenId).Select(m => m.Id).ToListAsync());
        using var created = await staff.PostAsync(new Uri(url, UriKind.Relative), Form(await staff.TokenAsync(url),
            ("Input.Kind", kind), ("Input.Topic", topic ?? ""), ("Input.Date", day), ("Input.StartTime", start), ("Input.EndTime", "14:00"),
            ("Input.Place", "Mødelokalet"), ("Input.Note", "Vi gennemgår det seneste halve år."), ("Input.RelationIds", relationId.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return await factory.WithDbAsync(db => db.CitizenMeetings.Where(m => m.CitizenId == citizenId && !before.Contains(m.Id)).Select(m => m.Id).SingleAsync());
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    private static Task<int> EndRelationAsync(PortalFactory factory, Guid relationId) =>
        factory.WithDbAsync(async db =>
        {
            var relation = await db.Relations.SingleAsync(r => r.Id == relationId);
            relation.EndedAtUtc = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            relation.EndedByUserId = "test";
            relation.EndedBy = Core.Relatives.RelationEndedBy.Citizen;
            await db.SaveChangesAsync();
            return 0;
        });
}
