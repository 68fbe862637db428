using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Updates;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.Web.Pages.Staff;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// The staff's updates page shows a citizen's updates newest first, a page at a time, and every update the citizen ever
/// had can be reached from it (to correct or withdraw it): the page once showed the newest twenty and nothing older.
/// </summary>
public sealed class UpdatesPagingTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_update_of_a_citizen_is_reached_page_by_page_newest_first_from_the_staffs_updates_page(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var author = await factory.UserIdAsync(DemoAccounts.Staff);
        var start = Core.Instant.Now(factory.Clock).AddDays(-400);
        await factory.AddAsync(db =>
        {
            for (var day = 0; day < UpdatesModel.PageSize + 7; day++)
            {
                db.CitizenUpdates.Add(new CitizenUpdate
                {
                    Id = Guid.NewGuid(), CitizenId = inger, Topic = (ConsentTopic)(day % 4), Title = $"Dag {day}",
                    Body = "En almindelig dag.", PublishedAtUtc = start.AddDays(day), AuthorUserId = author,
                });
            }
        });
        var expected = await factory.QueryAsync(db => db.CitizenUpdates.Where(u => u.CitizenId == inger)
            .OrderByDescending(u => u.PublishedAtUtc).ThenByDescending(u => u.Id).Select(u => u.Id).ToListAsync());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        var shown = new List<string>();
        var url = $"/Staff/Citizens/{inger}/Updates";
        var pages = 0;
        while (url is not null && pages++ < 20)
        {
            var page = await sofie.GetDocumentAsync(url);
            var onPage = page.QuerySelectorAll("article[data-update]").Select(a => a.GetAttribute("data-update")!).ToList();
            Assert.InRange(onPage.Count, 1, UpdatesModel.PageSize);
            shown.AddRange(onPage);
            var older = page.QuerySelectorAll("nav a").SingleOrDefault(a => a.TextContent.Trim() == "Ældre opdateringer");
            url = older?.GetAttribute("href");
            Assert.True(url is null || url.EndsWith("#posted-heading", StringComparison.Ordinal), url);
        }

        Assert.True(expected.Count > UpdatesModel.PageSize, $"Only {expected.Count} updates.");
        Assert.Equal(expected, shown.Select(Guid.Parse));
    }
}
