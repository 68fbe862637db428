using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;
using static Paaroerende.IntegrationTests.Staff.ConsentPerTopicTests;

namespace Paaroerende.IntegrationTests.CitizenArea;

/// <summary>The citizen's own form: a last day per topic ("til og med"), asked about before anything is taken away.</summary>
public class CitizenPerTopicTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_citizen_sets_a_last_day_for_one_topic_after_seeing_what_it_means_and_the_grant_keeps_its_start(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory,
            Consent(ConsentTopic.DailyLife, ConsentLevel.Informed), Consent(ConsentTopic.HealthAndCare, ConsentLevel.Informed));
        var start = await factory.WithDbAsync(db => db.ConsentRecords
            .Where(c => c.RelationId == world.RelationId && c.Topic == ConsentTopic.DailyLife).Select(c => c.ValidFromUtc).SingleAsync());
        using var citizen = await world.SignInAsCitizenAsync(factory);
        var lastDay = Today(factory).AddDays(14);

        using var asked = await citizen.SubmitAsync(await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}"),
            new Dictionary<string, string> { ["Input.Until[DailyLife]"] = Iso(lastDay) });
        var preview = await HtmlForms.ParseAsync(asked);
        Assert.Equal([$"Lise kan se Dagligdag og trivsel til og med {Long(lastDay)}."], Sentences(preview));
        Assert.Equal(2, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == world.RelationId)));

        using var saved = await citizen.PressAsync(preview, "[data-confirm]");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var records = await factory.WithDbAsync(db => db.ConsentRecords.Where(c => c.RelationId == world.RelationId)
            .OrderBy(c => c.RecordedAtUtc).ToListAsync());
        Assert.Equal(3, records.Count);
        Assert.Equal(
            (ConsentTopic.DailyLife, ConsentLevel.Informed, start, (DateTime?)StartOfDay(lastDay.AddDays(1))),
            (records[2].Topic, records[2].Level, records[2].ValidFromUtc, records[2].ValidUntilUtc));
        var form = await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}");
        Assert.Equal(Iso(lastDay), form.ValueOf("Input_Until_DailyLife_"));
        var startPage = await citizen.GetDocumentAsync("/Citizen");
        Assert.Equal(Long(lastDay), startPage.QuerySelector("tr[data-topic='DailyLife'] td:last-child")?.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Giving_a_topic_saves_at_once_and_tells_the_relative_but_keeping_out_of_an_unseen_topic_tells_nobody(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        var relativeUser = await factory.UserIdAsync(world.RelativeEmail);
        using var citizen = await world.SignInAsCitizenAsync(factory);

        using var keptOut = await citizen.SubmitAsync(await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}"),
            new Dictionary<string, string> { ["Input.Levels[Finances]"] = "KeptOut" });
        Assert.Equal(HttpStatusCode.Redirect, keptOut.StatusCode);
        Assert.Empty(await factory.NoticesToAsync(relativeUser));

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var given = await citizen.SubmitAsync(await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}"),
            new Dictionary<string, string> { ["Input.Levels[Medicine]"] = "Informed" });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Single(await factory.NoticesToAsync(relativeUser));
        Assert.Equal(3, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == world.RelationId)));
    }
}
