using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Updates;
using Paaroerende.Web.Pages.Relatives;
using Microsoft.EntityFrameworkCore;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>Unit news is general information about a unit: every relative with an active relation to one of its citizens sees it, nobody else.</summary>
public class UnitNewsTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unit_news_is_shown_only_to_relatives_with_an_active_relation_to_a_citizen_of_that_unit(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var title = $"Sommerfest {Guid.NewGuid():N}";
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var elsewhere = await factory.AddCitizenAsync(StaffWorld.OtherHvidovreUnit, "Oda", "Andensen", new DateOnly(1941, 5, 5));
        var otherUnitsRelative = await factory.AddSignedUpRelativeAsync(elsewhere, "Otto");
        var neighbour = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Nanna", "Naboersen", new DateOnly(1939, 6, 6));
        var formerRelative = await factory.AddSignedUpRelativeAsync(neighbour, "Frida");
        await factory.InScopeAsync(async services =>
        {
            await services.GetRequiredService<ConsentRecorder>().EndRelationAsync(
                await factory.UserIdAsync(DemoAccounts.Staff), formerRelative.RelationId, RelationEndedBy.Citizen, "Test");
            return 0;
        });

        using var posted = await sofie.SubmitAsync(await sofie.GetDocumentAsync("/Staff/News"),
            new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = "Alle er velkomne i haven." });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        Assert.Contains(title, (await jens.GetDocumentAsync("/Relatives")).Text(), StringComparison.Ordinal);
        var ingersPage = await jens.GetDocumentAsync($"/Relatives/Citizen/{inger}");
        Assert.Contains(ingersPage.QuerySelectorAll("[data-unit-news]"), n => n.TextContent.Contains(title, StringComparison.Ordinal));

        using var otto = await factory.SignInAsync(otherUnitsRelative);
        Assert.DoesNotContain(title, (await otto.GetDocumentAsync("/Relatives")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await otto.GetDocumentAsync(otherUnitsRelative.CitizenPage)).Text(), StringComparison.Ordinal);

        using var frida = await factory.SignInAsync(formerRelative);
        Assert.DoesNotContain(title, (await frida.GetDocumentAsync("/Relatives")).Text(), StringComparison.Ordinal);
        using var fridasOldPage = await frida.GetAsync(new Uri(formerRelative.CitizenPage, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, fridasOldPage.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_news_item_of_the_unit_is_reached_from_the_citizens_page_newest_first_and_nothing_withdrawn_or_elsewhere(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var home = await factory.UnitIdAsync(StaffWorld.DemoHome);
        var elsewhere = await factory.UnitIdAsync(StaffWorld.OtherHvidovreUnit);
        var author = await factory.UserIdAsync(DemoAccounts.Staff);
        var start = Core.Instant.Now(factory.Clock).AddDays(-300);
        await factory.AddAsync(db =>
        {
            for (var day = 0; day < NewsModel.PageSize + 7; day++)
            {
                db.UnitNews.Add(new UnitNews
                {
                    Id = Guid.NewGuid(), UnitId = home, Title = $"Arkiv dag {day}", Body = "Sommerfest i haven.",
                    PublishedAtUtc = start.AddDays(day), AuthorUserId = author,
                    WithdrawnAtUtc = day == 3 ? start.AddDays(day + 1) : null,
                });
            }

            db.UnitNews.Add(new UnitNews
            {
                Id = Guid.NewGuid(), UnitId = elsewhere, Title = "Arkiv et andet sted", Body = "Ikke for Jens.",
                PublishedAtUtc = start.AddDays(2), AuthorUserId = author,
            });
        });
        var expected = await factory.QueryAsync(db => db.UnitNews.Where(n => n.UnitId == home && n.WithdrawnAtUtc == null)
            .OrderByDescending(n => n.PublishedAtUtc).ThenByDescending(n => n.Id).Select(n => n.Title).ToListAsync());
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);

        var citizenPage = await jens.GetDocumentAsync($"/Relatives/Citizen/{inger}");
        var shown = new List<string>();
        var url = citizenPage.QuerySelector("a[data-all-news]")?.GetAttribute("href");
        Assert.Equal($"/Relatives/Citizen/{inger}/News", url);
        for (var pages = 0; url is not null && pages < 20; pages++)
        {
            var page = await jens.GetDocumentAsync(url);
            var onPage = page.QuerySelectorAll("article[data-unit-news] h2").Select(h => h.TextContent.Trim()).ToList();
            Assert.InRange(onPage.Count, 1, NewsModel.PageSize);
            shown.AddRange(onPage);
            url = page.QuerySelectorAll("nav a").SingleOrDefault(a => a.TextContent.Trim() == "Ældre nyheder")?.GetAttribute("href");
        }

        Assert.True(expected.Count > NewsModel.PageSize, $"Only {expected.Count} news items.");
        Assert.Equal(expected, shown);
        Assert.DoesNotContain("Arkiv dag 3", shown);
        Assert.DoesNotContain("Arkiv et andet sted", shown);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_may_post_news_only_for_their_own_units(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var otherUnit = await factory.UnitIdAsync(StaffWorld.OtherHvidovreUnit);
        var before = await factory.CountAsync(db => db.UnitNews);

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync("/Staff/News"), new Dictionary<string, string>
        {
            ["Input.UnitId"] = otherUnit.ToString(), ["Input.Title"] = "Forkert sted", ["Input.Body"] = "Tekst",
        });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vælg „Sted“.", page.QuerySelector("[data-error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Forkert sted", page.ValueOf("Input_Title"));
        Assert.Equal(before, await factory.CountAsync(db => db.UnitNews));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_nominated_in_two_municipalities_sees_both_units_news_on_the_start_page(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);

        var start = await mette.GetDocumentAsync("/Relatives");

        var news = start.QuerySelectorAll("[data-unit-news]").Select(n => n.TextContent).ToList();
        Assert.Contains(news, n => n.Contains("Julefrokost for beboere og pårørende", StringComparison.Ordinal));
        Assert.Contains(news, n => n.Contains("Banko i caféen", StringComparison.Ordinal));
    }
}
