using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Invitations;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.CitizenArea;

public class CitizenRoutesTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_citizen_page_answers_404_for_a_relation_of_another_citizen(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var mine = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        var theirs = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        using var citizen = await mine.SignInAsCitizenAsync(factory);
        var routes = Discover(factory).Where(t => t.Contains("{relationId", StringComparison.Ordinal)).ToList();
        Assert.Contains("/Citizen/Relations/{relationId:guid}", routes);

        foreach (var template in routes)
        {
            using var own = await citizen.GetAsync(new Uri(WithRelation(template, mine.RelationId), UriKind.Relative));
            using var other = await citizen.GetAsync(new Uri(WithRelation(template, theirs.RelationId), UriKind.Relative));
            using var none = await citizen.GetAsync(new Uri(WithRelation(template, Guid.NewGuid()), UriKind.Relative));

            Assert.True(own.StatusCode == HttpStatusCode.OK, $"{template} for the citizen's own relation: {own.StatusCode}");
            Assert.True(other.StatusCode == HttpStatusCode.NotFound, $"{template} for another citizen's relation: {other.StatusCode}");
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_citizen_cannot_change_another_citizens_relation_by_posting_to_it(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var mine = await CreateAsync(factory);
        var theirs = await CreateAsync(factory);
        using var citizen = await mine.SignInAsCitizenAsync(factory);
        var form = await citizen.GetDocumentAsync($"/Citizen/Relations/{mine.RelationId}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Levels[Medicine]"] = "Involved",
        });
        using var posted = await citizen.PostAsync(new Uri($"/Citizen/Relations/{theirs.RelationId}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        using var relative = await theirs.SignInAsRelativeAsync(factory);
        Assert.Empty(await CitizenSteeringTests.AllowedTopicsAsync(relative, theirs));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_citizen_page_about_a_nomination_answers_404_to_another_citizen_for_reading_and_posting(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var mine = await CreateAsync(factory);
        var theirs = await CreateAsync(factory);
        using var citizen = await mine.SignInAsCitizenAsync(factory);
        using var sent = await CitizenNominationTests.NominateAsync(
            citizen, "Rute", $"rute{Guid.NewGuid():N}@test.example", new() { ["Input.Levels[DailyLife]"] = "Informed" });
        var nominationId = Guid.Parse(sent.Headers.Location!.OriginalString.Split('/')[^1]);
        using var other = await theirs.SignInAsCitizenAsync(factory);
        var token = (await other.GetDocumentAsync("/Citizen/Notifications"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var routes = Discover(factory).Where(t => t.Contains("{nominationId", StringComparison.Ordinal)).ToList();
        Assert.Contains("/Citizen/Nominations/{nominationId:guid}", routes);

        foreach (var template in routes)
        {
            var address = template.Replace("{nominationId:guid}", nominationId.ToString(), StringComparison.Ordinal);
            using var own = await citizen.GetAsync(new Uri(address, UriKind.Relative));
            using var read = await other.GetAsync(new Uri(address, UriKind.Relative));
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            using var withdraw = await other.PostAsync(new Uri(address + "?handler=Withdraw", UriKind.Relative), content);

            Assert.True(own.StatusCode == HttpStatusCode.OK, $"{template} for the citizen's own nomination: {own.StatusCode}");
            Assert.True(read.StatusCode == HttpStatusCode.NotFound, $"{template} read by another citizen: {read.StatusCode}");
            Assert.True(withdraw.StatusCode == HttpStatusCode.NotFound, $"{template} posted by another citizen: {withdraw.StatusCode}");
        }

        Assert.Null(await factory.WithDbAsync(db => db.CitizenNominations.Where(n => n.Id == nominationId)
            .Select(n => n.WithdrawnAtUtc).SingleAsync()));
    }

    /// <summary>The citizen's pages as the app itself knows them, so a new page is tested without anyone listing it.</summary>
    private static List<string> Discover(PortalFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath.StartsWith("/Citizen/", StringComparison.Ordinal) == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();

    private static string WithRelation(string template, Guid relationId) =>
        template.Replace("{relationId:guid}", relationId.ToString(), StringComparison.Ordinal);
}
