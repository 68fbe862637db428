using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Core.Messages;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Platform;

public class DemoDataTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Starting_twice_on_the_same_database_seeds_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await CountsAfterStartAsync(database);
        var second = await CountsAfterStartAsync(database);

        Assert.Equal(5, first.Municipalities);
        Assert.True(first.Citizens > 0 && first.Users >= 6 && first.Situations > 0);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task With_demo_data_switched_off_the_database_only_gets_the_schema_and_roles()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProviders.Sqlite);
        await using (var factory = new PortalFactory(database, demoData: false, ownsDatabase: false))
        {
            _ = factory.Server;
        }

        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Municipalities.CountAsync());
        Assert.Equal(4, await context.Roles.CountAsync());
    }

    /// <summary>
    /// The demo's conversation (Mette asked about Inger's dentist, Sofie answered) shows Mette her question as read by
    /// the staff, as the thread's page records when staff open it; and no relative's message the staff answered is
    /// unread anywhere in the demo.
    /// </summary>
    [Fact]
    public async Task The_demo_shows_no_answered_message_as_not_yet_read()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relation = await factory.RelationIdAsync(inger, DemoAccounts.Relative);
        var thread = await factory.WithDbAsync(db => db.MessageThreads.Where(t => t.RelationId == relation).Select(t => t.Id).SingleAsync());
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);

        var page = await mette.GetDocumentAsync($"/Relatives/Citizen/{inger}/Messages/{thread}");
        var answeredUnread = await factory.WithDbAsync(db => db.Messages.CountAsync(m => m.From == MessageSide.Relative
            && !db.MessageReads.Any(r => r.MessageId == m.Id)
            && db.Messages.Any(a => a.ThreadId == m.ThreadId && a.From == MessageSide.Staff && a.SentAtUtc > m.SentAtUtc)));

        var question = Assert.Single(page.QuerySelectorAll("[data-message='Relative'] [data-read]"));
        Assert.Equal("true", question.GetAttribute("data-read"));
        Assert.StartsWith("Læst af personalet", question.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, answeredUnread);
    }

    [Fact]
    public async Task The_demo_citizens_page_links_to_all_of_the_units_news()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);

        var page = await mette.GetDocumentAsync($"/Relatives/Citizen/{inger}");
        var all = page.QuerySelector("a[data-all-news]");
        var archive = await mette.GetDocumentAsync(all?.GetAttribute("href") ?? "/");

        Assert.Equal("Se alle nyheder fra Plejecenter Demohaven", all?.TextContent.Trim());
        Assert.Contains("Pårørendemøde om hverdagen på plejecentret", archive.QuerySelectorAll("article[data-unit-news] h2").Select(h => h.TextContent.Trim()));
    }

    private static async Task<Counts> CountsAfterStartAsync(TestDatabase database)
    {
        await using var factory = new PortalFactory(database, ownsDatabase: false);
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var counts = new Counts(
            await db.Municipalities.CountAsync(), await db.Citizens.CountAsync(),
            await db.Users.CountAsync(), await db.DirectorySituations.CountAsync(), await db.ConsentRecords.CountAsync());
        return counts;
    }

    private sealed record Counts(int Municipalities, int Citizens, int Users, int Situations, int Consents);
}
