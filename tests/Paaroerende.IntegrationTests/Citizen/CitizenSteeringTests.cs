using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.CitizenArea;

public class CitizenSteeringTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Withdrawing_one_topic_hides_it_from_the_relative_on_the_next_request_and_records_the_citizen_as_actor(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory,
            Consent(ConsentTopic.DailyLife, ConsentLevel.Involved), Consent(ConsentTopic.HealthAndCare, ConsentLevel.Informed));
        using var relative = await world.SignInAsRelativeAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);
        Assert.Equal(["DailyLife", "HealthAndCare"], await AllowedTopicsAsync(relative, world));

        using var saved = await SaveLevelsAsync(citizen, world, new() { ["Input.Levels[HealthAndCare]"] = "None" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"/Citizen/Relations/{world.RelationId}/Receipt", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(["DailyLife"], await AllowedTopicsAsync(relative, world));
        var record = await factory.WithDbAsync(db => db.ConsentRecords
            .Where(c => c.RelationId == world.RelationId && c.Topic == ConsentTopic.HealthAndCare)
            .OrderByDescending(c => c.RecordedAtUtc).FirstAsync());
        Assert.Equal(
            (ConsentLevel.None, HowGiven.Digital, ConsentBasis.CitizenConsent, world.CitizenUserId),
            (record.Level, record.GivenHow, record.Basis, record.RecordedByUserId));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.RelationId == world.RelationId
            && a.Action == AuditAction.ConsentRecorded && a.ActorUserId == world.CitizenUserId && a.Topic == ConsentTopic.HealthAndCare)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ConsentRecords.CountAsync(c => c.RelationId == world.RelationId
            && c.Topic == ConsentTopic.DailyLife)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_nominated_relative_without_consent_sees_a_topic_as_soon_as_the_citizen_gives_it(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory);
        using var relative = await world.SignInAsRelativeAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);
        Assert.Empty(await AllowedTopicsAsync(relative, world));

        using var _ = await SaveLevelsAsync(citizen, world, new() { ["Input.Levels[Medicine]"] = "Informed" });

        Assert.Equal(["Medicine"], await AllowedTopicsAsync(relative, world));
        var receipt = await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}/Receipt");
        Assert.Equal("Informed", receipt.QuerySelector("tr[data-topic=Medicine]")?.GetAttribute("data-level"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Ending_a_relation_closes_the_relatives_page_at_once_and_records_that_the_citizen_ended_it(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        using var relative = await world.SignInAsRelativeAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);
        var confirm = await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}/End");

        using var ended = await citizen.SubmitAsync(confirm, new Dictionary<string, string>(), "form[data-end-form]");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        using var page = await relative.GetAsync(new Uri($"/Relatives/Citizen/{world.CitizenId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var relation = await factory.WithDbAsync(db => db.Relations.SingleAsync(r => r.Id == world.RelationId));
        Assert.Equal((RelationEndedBy.Citizen, world.CitizenUserId), (relation.EndedBy, relation.EndedByUserId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_citizen_cannot_withdraw_a_guardianship_and_is_told_why(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, (ConsentTopic.Finances, ConsentLevel.Informed, ConsentBasis.Guardianship));
        using var relative = await world.SignInAsRelativeAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);

        var page = await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}");
        using var _ = await SaveLevelsAsync(citizen, world, new() { ["Input.Levels[Finances]"] = "None" });

        Assert.NotNull(page.QuerySelector("[data-other-basis]"));
        Assert.Equal(["Finances"], await AllowedTopicsAsync(relative, world));
    }

    internal static async Task<List<string>> AllowedTopicsAsync(HttpClient relative, CitizenWorld world)
    {
        var page = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}");
        var topics = page.QuerySelector("[data-allowed-topics]")?.GetAttribute("data-allowed-topics");
        return string.IsNullOrEmpty(topics) ? [] : [.. topics.Split(',').Order()];
    }

    internal static async Task<HttpResponseMessage> SaveLevelsAsync(
        HttpClient citizen, CitizenWorld world, Dictionary<string, string> levels)
    {
        IHtmlDocument form = await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}");
        return await citizen.SubmitConfirmingAsync(form, levels);
    }
}
