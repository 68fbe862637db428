using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Privacy;

/// <summary>
/// What each person's copy of their data (GDPR art. 15, page and JSON) must leave out: the relative's copy reveals no
/// topic they cannot see and, once the relation has ended, nothing of the citizen; the citizen's copy, and the same
/// copy produced by staff, holds no check-in or feedback of a relative, which the relative was told goes to staff only.
/// </summary>
public class WhatEachCopyLeavesOutTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string RelativesJson = "/Relatives/MyData?handler=Json";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_relatives_copy_shows_no_topic_they_cannot_see_and_no_decision_on_one(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var rows = await PrivateRowsWorld.CreateAsync(factory);
        await rows.CitizenSetsAsync(factory, ConsentTopic.Medicine, ConsentLevel.KeptOut);
        using var relative = await rows.World.SignInAsRelativeAsync(factory);

        var (json, text) = await PrivateRowsWorld.DownloadAsync(relative, RelativesJson);
        var page = (await relative.GetDocumentAsync("/Relatives/MyData")).Text();

        var consents = PrivateRowsWorld.Rows(json, "ConsentRecords");
        Assert.Equal(["DailyLife"], consents.Select(c => c.GetProperty("Topic").GetString()).Distinct());
        foreach (var hidden in new[] { "KeptOut", "Finances", "Medicine" })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }

        foreach (var hidden in new[] { "Holdes udenfor", "Økonomi", "Medicin" })
        {
            Assert.DoesNotContain(hidden, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_relatives_page_shows_what_their_download_holds_and_names_the_citizen(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var rows = await PrivateRowsWorld.CreateAsync(factory);
        using var relative = await rows.World.SignInAsRelativeAsync(factory);
        await factory.WithDbAsync(db => db.UnitFeedback.Where(f => f.PersonId == rows.World.PersonId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.HandledAtUtc, new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc))));

        var page = await relative.GetDocumentAsync("/Relatives/MyData");

        Assert.Contains("behandlet 2. december 2026", page.QuerySelector("[data-table='UnitFeedback']")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains(rows.CitizenName, page.QuerySelector("[data-table='Relations']")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains(rows.PrivateCheckIn, page.QuerySelector("[data-table='WellbeingCheckIns']")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains(rows.ContactCheckIn, page.Text(), StringComparison.Ordinal);
        Assert.Contains(rows.Feedback, page.QuerySelector("[data-table='UnitFeedback']")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-table='ExpectationAgreements']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task After_the_relation_ended_the_relatives_copy_keeps_their_own_rows_and_nothing_of_the_citizen(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var rows = await PrivateRowsWorld.CreateAsync(factory);
        using var relative = await rows.World.SignInAsRelativeAsync(factory);
        using (await relative.GetAsync(new Uri($"/Relatives/Citizen/{rows.World.CitizenId}", UriKind.Relative)))
        {
        }

        await rows.CitizenEndsTheRelationAsync(factory);
        var (json, text) = await PrivateRowsWorld.DownloadAsync(relative, RelativesJson);
        var page = (await relative.GetDocumentAsync("/Relatives/MyData")).Text();

        // Nothing of the citizen: not her name, not her decisions, not what she or staff did about the relation.
        Assert.DoesNotContain(rows.CitizenName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(rows.CitizenName, page, StringComparison.Ordinal);
        Assert.Empty(PrivateRowsWorld.Rows(json, "ConsentRecords"));
        Assert.DoesNotContain(PrivateRowsWorld.Rows(json, "AuditEntries"), a => a.GetProperty("Action").GetString() is "ConsentRecorded" or "RelationEnded");
        Assert.All(PrivateRowsWorld.Rows(json, "Relations"), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("EndedBy").ValueKind));

        // What is the relative's own stays: their relation's kind and dates, check-ins, feedback, sign-in and reads.
        var relation = Assert.Single(PrivateRowsWorld.Rows(json, "Relations"));
        Assert.Equal("Child", relation.GetProperty("Kind").GetString());
        Assert.Equal(JsonValueKind.String, relation.GetProperty("EndedAtUtc").ValueKind);
        Assert.Equal(2, PrivateRowsWorld.Rows(json, "WellbeingCheckIns").Count);
        Assert.Contains(rows.PrivateCheckIn, text, StringComparison.Ordinal);
        Assert.Contains(rows.Feedback, text, StringComparison.Ordinal);
        Assert.Contains(rows.Feedback, page, StringComparison.Ordinal);
        Assert.Contains(rows.PrivateCheckIn, page, StringComparison.Ordinal);
        Assert.Single(PrivateRowsWorld.Rows(json, "AspNetUsers"));
        Assert.Contains(PrivateRowsWorld.Rows(json, "AuditEntries"), a => a.GetProperty("Action").GetString() == "RelativeRead");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_citizens_copy_holds_no_check_in_and_no_feedback_of_a_relative(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var rows = await PrivateRowsWorld.CreateAsync(factory);
        using var citizen = await rows.World.SignInAsCitizenAsync(factory);

        var (json, text) = await PrivateRowsWorld.DownloadAsync(citizen, "/Citizen/MyData?handler=Json");
        var page = (await citizen.GetDocumentAsync("/Citizen/MyData")).Text();

        AssertNoPrivateRows(rows, json, text, page);
        Assert.NotEmpty(PrivateRowsWorld.Rows(json, "Relations"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Staff_produce_the_citizens_copy_without_a_relatives_check_in_or_feedback(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var rows = await PrivateRowsWorld.CreateAsync(factory);
        using var staff = await factory.SignInAsAsync(DemoAccounts.Staff);

        var (json, text) = await PrivateRowsWorld.DownloadAsync(staff, $"/Staff/Citizens/{rows.World.CitizenId}/Data?handler=Json");
        var page = (await staff.GetDocumentAsync($"/Staff/Citizens/{rows.World.CitizenId}/Data")).Text();

        AssertNoPrivateRows(rows, json, text, page);
        // Staff still get the contact request, where they were promised it: as a task on their requests page.
        Assert.Contains(rows.ContactCheckIn, (await staff.GetDocumentAsync("/Staff/Requests")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_relative_with_person_records_in_two_municipalities_gets_both_in_one_copy(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen");
        var hvidovre = await factory.AddSignedUpRelativeAsync(inger, "Tove", consents: (ConsentTopic.DailyLife, ConsentLevel.Informed));
        var ishoej = await factory.AddSecondPersonRecordAsync(hvidovre, bent, (ConsentTopic.HousingAndMoving, ConsentLevel.Informed));
        using var tove = await factory.SignInAsync(hvidovre);

        var (json, _) = await PrivateRowsWorld.DownloadAsync(tove, RelativesJson);
        var page = (await tove.GetDocumentAsync("/Relatives/MyData")).Text();

        Assert.Equal(new[] { hvidovre.PersonId, ishoej.PersonId }.Order(), PrivateRowsWorld.Rows(json, "People").Select(p => p.GetProperty("Id").GetGuid()).Order());
        Assert.Equal(new[] { hvidovre.RelationId, ishoej.RelationId }.Order(), PrivateRowsWorld.Rows(json, "Relations").Select(r => r.GetProperty("Id").GetGuid()).Order());
        Assert.Equal(["DailyLife", "HousingAndMoving"], PrivateRowsWorld.Rows(json, "ConsentRecords").Select(c => c.GetProperty("Topic").GetString()).Order());
        Assert.Contains("Bent Eksempelsen", page, StringComparison.Ordinal);
        Assert.Contains("Inger Prøvesen", page, StringComparison.Ordinal);
    }

    private static void AssertNoPrivateRows(PrivateRowsWorld rows, JsonElement json, string text, string page)
    {
        Assert.Empty(PrivateRowsWorld.Rows(json, "WellbeingCheckIns"));
        Assert.Empty(PrivateRowsWorld.Rows(json, "UnitFeedback"));
        foreach (var secret in new[] { rows.PrivateCheckIn, rows.ContactCheckIn, rows.Feedback })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        }
    }
}
