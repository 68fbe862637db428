using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.Calendar.CalendarTests;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.Calendar;

/// <summary>
/// Corrected events and meetings (docs/adr/0041): staff of the unit change place, time and text with a reason; the
/// earlier version is kept append-only with who, when and why, audited in the same transaction; relatives who may see
/// it see the new values with "Rettet af personalet", and their .ics carries a higher SEQUENCE; nobody else gains sight.
/// </summary>
public class CalendarCorrectionTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    /// <summary>The note <see cref="CalendarTests.CreateMeetingAsync"/> writes (a textarea, which a test form post names itself).</summary>
    private const string Note = "Vi gennemgår det seneste halve år.";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_move_a_meeting_and_the_invited_relative_sees_the_new_place_and_time_marked_corrected_with_a_higher_ics_sequence(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.AppointmentsAndVisits, ConsentLevel.Informed));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var relative = await world.SignInAsRelativeAsync(factory);
        var meetingId = await CreateMeetingAsync(factory, sofie, world.CitizenId, world.RelationId, "Status", topic: null);
        var url = $"/Relatives/Citizen/{world.CitizenId}/Calendar/Meetings/{meetingId}";
        using (var answered = await relative.SubmitAsync(await relative.GetDocumentAsync(url), new Dictionary<string, string> { ["Input.Reply"] = "Coming" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(5)); // the correction comes after the answer
        var before = await IcsAsync(relative, url + "?handler=Ics");
        Assert.Equal(0, before.Sequence);
        Assert.Null((await relative.GetDocumentAsync(url)).QuerySelector("[data-corrected]"));

        var staffUrl = $"/Staff/Citizens/{world.CitizenId}/Meetings/{meetingId}";
        var form = await sofie.GetDocumentAsync(staffUrl);
        using var withoutReason = await sofie.SubmitAsync(form, new Dictionary<string, string> { ["Input.Place"] = "Haven", ["Input.Text"] = Note, ["Input.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        var kept = await HtmlForms.ParseAsync(withoutReason);
        Assert.Equal("Haven", kept.QuerySelector("#Input_Place")!.GetAttribute("value"));
        using var unchanged = await sofie.SubmitAsync(form, new Dictionary<string, string> { ["Input.Text"] = Note, ["Input.Reason"] = "Ingen ændring" });
        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(unchanged)).QuerySelector(".form-error-message"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.CitizenMeetingRevisions.CountAsync(r => r.MeetingId == meetingId)));

        using var corrected = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Place"] = "Stuen i afdeling B", ["Input.Text"] = Note, ["Input.StartTime"] = "15:00", ["Input.EndTime"] = "16:00", ["Input.Reason"] = "Mødelokalet er optaget",
        });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var page = await relative.GetDocumentAsync(url);
        Assert.Equal("Stuen i afdeling B", page.QuerySelector("[data-place]")!.TextContent.Trim());
        Assert.Contains("Rettet af personalet den", page.QuerySelector("[data-corrected]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Mødelokalet er optaget", page.Body!.TextContent, StringComparison.Ordinal);
        // "Jeg kommer" was given for 13:00: the relative is asked again, and staff see it was for the earlier time.
        Assert.Equal("Coming", page.QuerySelector("[data-reply-for-earlier-time]")!.GetAttribute("data-reply-for-earlier-time"));
        Assert.NotNull((await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Meetings")).QuerySelector($"[data-meeting='{meetingId}'] [data-for-earlier-time]"));

        var after = await IcsAsync(relative, url + "?handler=Ics");
        Assert.Equal(1, after.Sequence);
        Assert.Equal(before.Uid, after.Uid);
        Assert.Equal("Stuen i afdeling B", after.Location);
        Assert.Equal(new DateTime(2027, 5, 4, 13, 0, 0, DateTimeKind.Utc), after.Start);

        var revision = await factory.WithDbAsync(db => db.CitizenMeetingRevisions.SingleAsync(r => r.MeetingId == meetingId));
        Assert.Equal(("Mødelokalet", new DateTime(2027, 5, 4, 11, 0, 0, DateTimeKind.Utc), "Mødelokalet er optaget"),
            (revision.Place, revision.StartsAtUtc, revision.Reason));
        Assert.Equal(await factory.UserIdAsync(DemoAccounts.Staff), revision.RecordedByUserId);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.MeetingCorrected
            && a.CitizenId == world.CitizenId && a.Detail == meetingId.ToString())));
        Assert.Contains("Mødelokalet er optaget", (await sofie.GetDocumentAsync(staffUrl)).QuerySelector("[data-history]")!.TextContent, StringComparison.Ordinal);

        // The citizen's copy (and the staff's "data om borgeren") hold the earlier version; the relative's copy does not.
        using var citizen = await world.SignInAsCitizenAsync(factory);
        foreach (var (client, path) in new[] { (citizen, "/Citizen/MyData?handler=Json"), (sofie, $"/Staff/Citizens/{world.CitizenId}/Data?handler=Json") })
        {
            var rows = (await JsonAsync(client, path)).GetProperty("tables").GetProperty("CitizenMeetingRevisions");
            Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("Id").GetGuid() == revision.Id && r.GetProperty("Place").GetString() == "Mødelokalet");
        }

        var relativesCopy = (await JsonAsync(relative, "/Relatives/MyData?handler=Json")).GetProperty("tables");
        Assert.Equal(0, relativesCopy.GetProperty("CitizenMeetingRevisions").GetArrayLength());
        var citizensPage = await citizen.GetDocumentAsync("/Citizen/MyData");
        Assert.Matches(@"rettet den \d+\. \w+ \d{4}", citizensPage.QuerySelector($"article[data-id='{meetingId}']")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_units_staff_get_404_and_a_relative_without_consent_on_the_meetings_topic_still_gets_404(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.Medicine, ConsentLevel.Informed));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var stranger = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit), TestUsers.Password);
        using var relative = await world.SignInAsRelativeAsync(factory);
        // About housing, which the relative does not follow, and not "Aftaler og besøg": closed to them.
        var meetingId = await CreateMeetingAsync(factory, sofie, world.CitizenId, world.RelationId, "Status", topic: "HousingAndMoving");
        var eventId = await CreateEventAsync(sofie, "Høstfest", "2027-09-10", "14:00", "16:00");

        var token = await stranger.TokenAsync("/Staff");
        foreach (var path in new[] { $"/Staff/Citizens/{world.CitizenId}/Meetings/{meetingId}", $"/Staff/Events/{eventId}/Correct" })
        {
            using var get = await stranger.GetAsync(new Uri(path, UriKind.Relative));
            using var post = await stranger.PostAsync(new Uri(path, UriKind.Relative), Form(token,
                ("Input.Title", "Ikke min"), ("Input.Date", "2027-09-10"), ("Input.StartTime", "10:00"), ("Input.EndTime", "11:00"),
                ("Input.Place", "Et andet sted"), ("Input.Reason", "Ikke min")));
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.CitizenMeetingRevisions.CountAsync(r => r.MeetingId == meetingId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.UnitEventRevisions.CountAsync(r => r.EventId == eventId)));

        using var corrected = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}/Meetings/{meetingId}"),
            new Dictionary<string, string> { ["Input.Place"] = "Kontoret", ["Input.Text"] = Note, ["Input.Reason"] = "Nyt lokale" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var url = $"/Relatives/Citizen/{world.CitizenId}/Calendar/Meetings/{meetingId}";
        using var page = await relative.GetAsync(new Uri(url, UriKind.Relative));
        using var ics = await relative.GetAsync(new Uri(url + "?handler=Ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ics.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_corrected_event_shows_its_new_title_to_relatives_and_its_history_is_append_only(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var relative = await world.SignInAsRelativeAsync(factory);
        var eventId = await CreateEventAsync(sofie, "Sommerfest", "2027-06-24", "14:00", "17:00");

        using var corrected = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Events/{eventId}/Correct"), new Dictionary<string, string>
        {
            ["Input.Title"] = "Sankthansfest", ["Input.Place"] = "Haven", ["Input.Text"] = "Kom og vær med.", ["Input.Reason"] = "Forkert navn",
        });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var url = $"/Relatives/Citizen/{world.CitizenId}/Calendar/Events/{eventId}";
        var page = await relative.GetDocumentAsync(url);
        Assert.Equal("Sankthansfest", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Rettet af personalet den", page.QuerySelector("[data-corrected]")!.TextContent, StringComparison.Ordinal);
        var file = await IcsAsync(relative, url + "?handler=Ics");
        Assert.Equal((1, "Haven", "Sankthansfest"), (file.Sequence, file.Location, file.Summary));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.EventCorrected && a.Detail == eventId.ToString())));
        var revisionId = await factory.WithDbAsync(db => db.UnitEventRevisions.Where(r => r.EventId == eventId && r.Title == "Sommerfest").Select(r => r.Id).SingleAsync());

        // The earlier version cannot be changed or deleted, and the event cannot change without a revision.
        await Assert.ThrowsAsync<Core.Data.AppendOnlyViolationException>(() => factory.WithDbAsync(async db =>
        {
            (await db.UnitEventRevisions.SingleAsync(r => r.Id == revisionId)).Title = "Noget andet";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<Core.Data.AppendOnlyViolationException>(() => factory.WithDbAsync(async db =>
        {
            db.UnitEventRevisions.Remove(await db.UnitEventRevisions.SingleAsync(r => r.Id == revisionId));
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<Core.Data.AppendOnlyViolationException>(() => factory.WithDbAsync(db =>
            db.UnitEventRevisions.Where(r => r.Id == revisionId).ExecuteDeleteAsync()));
        await Assert.ThrowsAsync<Core.Data.AppendOnlyViolationException>(() => factory.WithDbAsync(async db =>
        {
            (await db.UnitEvents.SingleAsync(e => e.Id == eventId)).Title = "Uden spor";
            return await db.SaveChangesAsync();
        }));

        // A cancelled event is final: its correction page no longer takes a post.
        using (var cancelled = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Events/{eventId}"), new Dictionary<string, string> { ["Reason"] = "Regn" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        }

        using var late = await sofie.PostAsync(new Uri($"/Staff/Events/{eventId}/Correct", UriKind.Relative), Form(await sofie.TokenAsync("/Staff"),
            ("Input.Title", "Alligevel"), ("Input.Date", "2027-06-24"), ("Input.StartTime", "14:00"), ("Input.EndTime", "17:00"),
            ("Input.Place", "Haven"), ("Input.Reason", "Alligevel")));
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal("Sankthansfest", await factory.WithDbAsync(db => db.UnitEvents.Where(e => e.Id == eventId).Select(e => e.Title).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_relatives_my_data_page_shows_their_own_sign_ups_and_answers_and_nobody_elses(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.AppointmentsAndVisits, ConsentLevel.Informed));
        var other = await CreateAsync(factory, Consent(ConsentTopic.AppointmentsAndVisits, ConsentLevel.Informed));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var relative = await world.SignInAsRelativeAsync(factory);
        using var otherRelative = await other.SignInAsRelativeAsync(factory);
        var title = "Adventshygge " + Guid.NewGuid().ToString("N")[..6];
        var eventId = await CreateEventAsync(sofie, title, "2027-12-05", "15:00", "17:00");
        var meetingId = await CreateMeetingAsync(factory, sofie, world.CitizenId, world.RelationId, "Status", topic: null);
        var eventUrl = $"/Relatives/Citizen/{world.CitizenId}/Calendar/Events/{eventId}";
        using (var signedUp = await relative.SubmitAsync(await relative.GetDocumentAsync(eventUrl), new Dictionary<string, string> { ["Input.Guests"] = "2" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        }

        var meetingUrl = $"/Relatives/Citizen/{world.CitizenId}/Calendar/Meetings/{meetingId}";
        using (var answered = await relative.SubmitAsync(await relative.GetDocumentAsync(meetingUrl),
            new Dictionary<string, string> { ["Input.Reply"] = "OtherTime", ["Input.Text"] = "Hellere om torsdagen" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        var mine = await relative.GetDocumentAsync("/Relatives/MyData");
        var signUps = mine.QuerySelector("[data-table='EventSignUps']")!.NextElementSibling!;
        var signUpId = await factory.WithDbAsync(db => db.EventSignUps.Where(s => s.EventId == eventId && s.PersonId == world.PersonId).Select(s => s.Id).SingleAsync());
        var signUpRow = signUps.QuerySelector($"[data-id='{signUpId}']")!;
        Assert.Contains(title, signUpRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("2", signUpRow.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        var invitationId = await factory.WithDbAsync(db => db.MeetingInvitations.Where(i => i.MeetingId == meetingId).Select(i => i.Id).SingleAsync());
        var invitation = mine.QuerySelector($"[data-id='{invitationId}']")!;
        Assert.Contains("Hellere om torsdagen", invitation.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mødelokalet", invitation.TextContent, StringComparison.Ordinal);

        var theirs = await otherRelative.GetDocumentAsync("/Relatives/MyData");
        Assert.Null(theirs.QuerySelector($"[data-id='{signUpId}']"));
        Assert.Null(theirs.QuerySelector($"[data-id='{invitationId}']"));
        Assert.DoesNotContain("Hellere om torsdagen", theirs.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(title, theirs.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<(int Sequence, string Uid, string Location, string Summary, DateTime Start)> IcsAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var item = Assert.Single(calendar.Events);
        return (item.Sequence, item.Uid!, item.Location!, item.Summary!, item.Start!.AsUtc);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
}
