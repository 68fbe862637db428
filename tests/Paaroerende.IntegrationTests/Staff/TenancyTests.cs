using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// Staff see and change only the citizens of their own units. Every staff route, found in the app itself, answers a
/// staff member of another unit exactly as it answers an id that does not exist: 404, GET and POST alike.
/// </summary>
public class TenancyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Every_staff_page_is_the_start_page_or_names_a_citizen_and_is_guarded()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);

        var routes = await StaffRoutes.DiscoverAsync(factory);

        Assert.Contains(routes, r => r.Template == "/Staff/Citizens/{citizenId:guid}/Relations/{relationId:guid}/Consent");
        // The attachment download (ADR 0039) checks its item's unit itself, as the news correction does; AttachmentTests cover it.
        Assert.Equal(["/Staff", "/Staff/Attachments/{id:guid}", "/Staff/Events", "/Staff/Events/{id:guid}", "/Staff/Events/{id:guid}/Correct", "/Staff/FeedbackOverview", "/Staff/Index", "/Staff/Messages", "/Staff/News", "/Staff/News/{id:guid}", "/Staff/Requests"],
            routes.Where(r => r.IsOverview).Select(r => r.Template).Order());
        Assert.All(routes.Where(r => !r.IsOverview), r =>
        {
            Assert.Contains("{citizenId:guid}", r.Template, StringComparison.Ordinal);
            Assert.True(r.IsGuarded, $"{r.Template} does not have StaffAccessFilter");
        });
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_of_another_unit_get_the_same_404_as_for_an_unknown_id_on_every_route_get_and_post(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var stranger = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit), TestUsers.Password);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var metteRelation = await factory.RelationIdAsync(inger, DemoAccounts.Relative);
        var metteThread = await factory.WithDbAsync(db => db.MessageThreads.Where(t => t.RelationId == metteRelation).Select(t => t.Id).FirstAsync());
        var ingersUpdate = await factory.WithDbAsync(db => db.CitizenUpdates.Where(u => u.CitizenId == inger).Select(u => u.Id).FirstAsync());
        var token = await AntiforgeryTokenAsync(stranger);
        var routes = (await StaffRoutes.DiscoverAsync(factory)).Where(r => !r.IsOverview).ToList();
        Assert.True(routes.Count >= 5, string.Join(", ", routes));
        var before = await CountsAsync(factory);

        foreach (var route in routes)
        {
            var ingers = StaffRoutes.Fill(route.Template, inger, metteRelation, metteThread, ingersUpdate);
            var nobodys = StaffRoutes.Fill(route.Template, Guid.NewGuid(), Guid.NewGuid());
            foreach (var post in new[] { false, true })
            {
                using var someoneElses = await SendAsync(stranger, ingers, post, token);
                using var missing = await SendAsync(stranger, nobodys, post, token);

                Assert.True(someoneElses.StatusCode == HttpStatusCode.NotFound, $"{(post ? "POST" : "GET")} {route.Template}: {someoneElses.StatusCode}");
                Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
                Assert.Equal(await PerRequestValues.NormalizedBodyAsync(missing), await PerRequestValues.NormalizedBodyAsync(someoneElses));
            }
        }

        Assert.Equal(before, await CountsAsync(factory));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relation_of_another_citizen_is_not_found_under_this_citizen(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var neighbour = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Naboline", "Tenantsen", new DateOnly(1944, 2, 2));
        var (neighboursRelation, _) = await factory.AddRelationAsync(neighbour, "Nils", "Tenantsen", factory.Clock.GetUtcNow().UtcDateTime);
        var bentsRelation = await factory.RelationIdAsync(await factory.CitizenIdAsync("Bent", "Eksempelsen"), DemoAccounts.Relative);
        var token = await AntiforgeryTokenAsync(sofie);

        foreach (var relation in new[] { neighboursRelation, bentsRelation })
        {
            foreach (var action in new[] { "Consent", "End" })
            {
                var url = $"/Staff/Citizens/{inger}/Relations/{relation}/{action}";
                using var get = await sofie.GetAsync(new Uri(url, UriKind.Relative));
                using var post = await SendAsync(sofie, url, post: true, token);

                Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            }
        }

        using var own = await sofie.GetAsync(new Uri($"/Staff/Citizens/{neighbour}/Relations/{neighboursRelation}/Consent", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Relations.Where(r => r.Id == neighboursRelation).Select(r => r.EndedAtUtc).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_post_without_an_antiforgery_token_is_refused_with_400_and_stores_nothing(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var before = await CountsAsync(factory);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Uden", ["Input.LastName"] = "Token", ["Input.Kind"] = "Friend", ["Input.HowGiven"] = "Oral",
        });
        using var response = await sofie.PostAsync(new Uri($"/Staff/Citizens/{inger}/Nominate", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountsAsync(factory));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_start_page_finds_my_citizens_by_name_or_birth_date_and_never_another_units(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen");

        foreach (var search in new[] { "", "inger", "PRØVESEN", "Inger Prøvesen", "12.04.1938", "1938-04-12" })
        {
            var page = await sofie.GetDocumentAsync($"/Staff?Search={Uri.EscapeDataString(search)}");
            var rows = page.QuerySelectorAll("tr[data-citizen]").Select(r => r.GetAttribute("data-citizen")).ToList();
            Assert.Contains(inger.ToString(), rows);
            Assert.DoesNotContain(bent.ToString(), rows);
        }

        var found = await sofie.GetDocumentAsync("/Staff?Search=inger");
        var ingerRow = found.QuerySelector($"tr[data-citizen='{inger}']")!;
        Assert.Contains("12. april 1938", ingerRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", ingerRow.QuerySelector("[data-active-relatives]")!.TextContent);
        Assert.Contains(StaffWorld.DemoHome, found.QuerySelector("h1 + p")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await sofie.GetDocumentAsync("/Staff?Search=Bent")).QuerySelectorAll("tr[data-citizen]"));
        Assert.Empty((await sofie.GetDocumentAsync("/Staff?Search=03.09.1941")).QuerySelectorAll("tr[data-citizen]"));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, bool post, string token)
    {
        if (!post)
        {
            return await client.GetAsync(new Uri(url, UriKind.Relative));
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.FirstName"] = "Fremmed", ["Input.LastName"] = "Fremmedsen", ["Input.Kind"] = "Friend", ["Input.HowGiven"] = "Oral",
            ["Input.Levels[Finances]"] = "Involved", ["Input.Basis"] = "CitizenConsent", ["Input.ShownBasis"] = "CitizenConsent",
            ["Input.GivenHow"] = "Oral", ["Input.ValidFrom"] = "2026-01-01",
            ["Input.EndedBy"] = "Citizen", ["Input.Reason"] = "Forsøg fra en anden enhed",
            ["Input.Topic"] = "DailyLife", ["Input.Title"] = "Fremmed", ["Input.Body"] = "Fremmed",
            ["Input.RelativeDoes"] = "x", ["Input.MunicipalityDoes"] = "x", ["Input.HowWeTalk"] = "x",
            ["Input.ContactPerson"] = "x", ["Input.NextReviewOn"] = "2099-01-01",
        });
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>A valid token for this user's session, from any page with a form that posts (the sign-out form).</summary>
    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/Staff");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static Task<(int People, int Relations, int Records, int Ended, int Updates, int Agreements, int Messages, int Reads)> CountsAsync(
        PortalFactory factory) =>
        factory.WithDbAsync(async db => (await db.People.CountAsync(), await db.Relations.CountAsync(),
            await db.ConsentRecords.CountAsync(), await db.Relations.CountAsync(r => r.EndedAtUtc != null),
            await db.CitizenUpdates.CountAsync(), await db.ExpectationAgreements.CountAsync(), await db.Messages.CountAsync(),
            await db.MessageReads.CountAsync()));
}
