using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Messages;
using Paaroerende.Core.Updates;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.Web.Pages.Staff;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// The staff's lists (a citizen's updates, the unit's news, the conversations with relatives) show them newest first, a
/// page at a time, and everything in them can be reached (to correct or withdraw it, to read back what was said): the
/// pages once showed the newest twenty or thirty and nothing older.
/// </summary>
public sealed class StaffListsPagingTests(PortalFixture portal) : IClassFixture<PortalFixture>
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

        var shown = await PageThroughAsync(sofie, $"/Staff/Citizens/{inger}/Updates", "data-update", "Ældre opdateringer", UpdatesModel.PageSize);

        Assert.True(expected.Count > UpdatesModel.PageSize, $"Only {expected.Count} updates.");
        Assert.Equal(expected, shown);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_news_item_of_the_staffs_units_is_reached_page_by_page_newest_first_from_the_news_page(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var author = await factory.UserIdAsync(DemoAccounts.Staff);
        var units = await factory.QueryAsync(db => db.StaffUnitAssignments.Where(a => a.UserId == author).Select(a => a.UnitId).ToListAsync());
        var start = Core.Instant.Now(factory.Clock).AddDays(-400);
        await factory.AddAsync(db =>
        {
            for (var day = 0; day < NewsModel.PageSize + 7; day++)
            {
                db.UnitNews.Add(new UnitNews
                {
                    Id = Guid.NewGuid(), UnitId = units[day % units.Count], Title = $"Nyt fra dag {day}", Body = "Sommerfest i haven.",
                    PublishedAtUtc = start.AddDays(day), AuthorUserId = author,
                });
            }
        });
        var expected = await factory.QueryAsync(db => db.UnitNews.Where(n => units.Contains(n.UnitId))
            .OrderByDescending(n => n.PublishedAtUtc).ThenByDescending(n => n.Id).Select(n => n.Id).ToListAsync());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        var shown = await PageThroughAsync(sofie, "/Staff/News", "data-unit-news", "Ældre nyheder", NewsModel.PageSize);

        Assert.True(expected.Count > NewsModel.PageSize, $"Only {expected.Count} news items.");
        Assert.Equal(expected, shown);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_conversation_with_relatives_is_reached_page_by_page_from_the_staffs_messages_page(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relationId = await factory.RelationIdAsync(inger, DemoAccounts.Relative);
        var personId = await factory.QueryAsync(db => db.Relations.Where(r => r.Id == relationId).Select(r => r.PersonId).SingleAsync());
        var start = Core.Instant.Now(factory.Clock).AddDays(-400);
        await factory.AddAsync(db =>
        {
            for (var day = 0; day < MessagesModel.PageSize + 7; day++)
            {
                var thread = new MessageThread
                {
                    Id = Guid.NewGuid(), CitizenId = inger, PersonId = personId, RelationId = relationId, Subject = $"Spørgsmål {day}",
                    StartedAtUtc = start.AddDays(day), StartedByUserId = "test",
                };
                db.MessageThreads.Add(thread);
                db.Messages.Add(new Message
                {
                    Id = Guid.NewGuid(), ThreadId = thread.Id, From = MessageSide.Staff, AuthorUserId = "test", Body = "Hej", SentAtUtc = thread.StartedAtUtc,
                });
            }
        });
        var expected = await factory.QueryAsync(db => db.MessageThreads.Where(t => t.CitizenId == inger).Select(t => t.Id).ToListAsync());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        var shown = await PageThroughAsync(sofie, "/Staff/Messages", "data-thread", "Ældre samtaler", MessagesModel.PageSize, "tr");

        Assert.True(expected.Count > MessagesModel.PageSize, $"Only {expected.Count} conversations.");
        Assert.Equal(shown.Count, shown.Distinct().Count());
        Assert.Subset(shown.ToHashSet(), expected.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_handled_request_and_feedback_is_reached_page_by_page_from_the_requests_page(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relationId = await factory.RelationIdAsync(inger, DemoAccounts.Relative);
        var home = await factory.UnitIdAsync(StaffWorld.DemoHome);
        var sofieId = await factory.UserIdAsync(DemoAccounts.Staff);
        var start = Core.Instant.Now(factory.Clock).AddDays(-400);
        await factory.AddAsync(db =>
        {
            for (var day = 0; day < RequestsModel.HandledPageSize + 7; day++)
            {
                db.WellbeingCheckIns.Add(new WellbeingCheckIn
                {
                    Id = Guid.NewGuid(), RelationId = relationId, SubmittedAtUtc = start.AddDays(day), Wellbeing = 3,
                    EnoughRest = CheckInAnswer.Partly, EnoughSupport = CheckInAnswer.Yes, WantsContact = true,
                    HandledAtUtc = start.AddDays(day + 1), HandledByUserId = sofieId,
                });
                db.UnitFeedback.Add(new UnitFeedback
                {
                    Id = Guid.NewGuid(), UnitId = home, Text = $"Tak for en god dag {day}", SubmittedOn = DateOnly.FromDateTime(start.AddDays(day)),
                    HandledAtUtc = start.AddDays(day + 2), HandledByUserId = sofieId,
                });
            }
        });
        var contacts = await factory.QueryAsync(db => db.WellbeingCheckIns.Where(c => c.RelationId == relationId && c.WantsContact)
            .Select(c => c.Id).ToListAsync());
        var feedback = await factory.QueryAsync(db => db.UnitFeedback.Where(f => f.UnitId == home).Select(f => f.Id).ToListAsync());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        var shownContacts = new List<Guid>();
        var shownFeedback = new List<Guid>();
        string? url = "/Staff/Requests";
        for (var pages = 0; url is not null && pages < 20; pages++)
        {
            var page = await sofie.GetDocumentAsync(url);
            shownContacts.AddRange(page.QuerySelectorAll("[data-contact-request]").Select(a => Guid.Parse(a.GetAttribute("data-contact-request")!)));
            shownFeedback.AddRange(page.QuerySelectorAll("[data-feedback]").Select(a => Guid.Parse(a.GetAttribute("data-feedback")!)));
            url = page.QuerySelectorAll("nav a").SingleOrDefault(a => a.TextContent.Trim() == "Ældre håndterede")?.GetAttribute("href");
        }

        Assert.True(contacts.Count > RequestsModel.HandledPageSize, $"Only {contacts.Count} contact requests.");
        Assert.Equal(shownContacts.Count, shownContacts.Distinct().Count());
        Assert.Equal(contacts.ToHashSet(), shownContacts.ToHashSet());
        Assert.Equal(shownFeedback.Count, shownFeedback.Distinct().Count());
        Assert.Equal(feedback.ToHashSet(), shownFeedback.ToHashSet());
    }

    /// <summary>Follows the "older" link from page to page; where the list is below a form, every link opens at the list.</summary>
    private static async Task<List<Guid>> PageThroughAsync(
        HttpClient client, string firstPage, string itemAttribute, string older, int pageSize, string element = "article")
    {
        var shown = new List<Guid>();
        string? url = firstPage;
        for (var pages = 0; url is not null && pages < 20; pages++)
        {
            var page = await client.GetDocumentAsync(url);
            var onPage = page.QuerySelectorAll($"{element}[{itemAttribute}]").Select(a => Guid.Parse(a.GetAttribute(itemAttribute)!)).ToList();
            Assert.InRange(onPage.Count, 1, pageSize);
            shown.AddRange(onPage);
            url = page.QuerySelectorAll("nav a").SingleOrDefault(a => a.TextContent.Trim() == older)?.GetAttribute("href");
            Assert.True(url is null || element != "article" || url.EndsWith("#posted-heading", StringComparison.Ordinal), url);
        }

        return shown;
    }
}
