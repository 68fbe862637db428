using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Messages;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// The staff's start page counts the relatives' messages not yet read in plain Danish: "1 ulæst", "2 ulæste" (an
/// adjective agrees with its number). A portal of its own, so the count is exactly this test's.
/// </summary>
public class StaffStartPageTests
{
    [Fact]
    public async Task The_unread_messages_badge_says_1_ulaest_and_2_ulaeste()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relation = await factory.RelationIdAsync(inger, DemoAccounts.Relative);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        var none = await sofie.GetDocumentAsync("/Staff");
        await StartThreadAsync(factory, relation, "Briller");
        var one = await sofie.GetDocumentAsync("/Staff");
        await StartThreadAsync(factory, relation, "Høreapparat");
        var two = await sofie.GetDocumentAsync("/Staff");

        Assert.Null(none.QuerySelector("[data-unread-messages]"));
        Assert.Equal("1 ulæst", one.QuerySelector("[data-unread-messages]")?.TextContent.Trim());
        Assert.Equal("2 ulæste", two.QuerySelector("[data-unread-messages]")?.TextContent.Trim());
    }

    private static async Task StartThreadAsync(PortalFactory factory, Guid relationId, string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var relation = await factory.WithDbAsync(db => db.Relations.Where(r => r.Id == relationId)
            .Select(r => new { r.PersonId, r.CitizenId, UserId = db.Users.Where(u => u.Email == DemoAccounts.Relative).Select(u => u.Id).First() })
            .SingleAsync());
        await scope.ServiceProvider.GetRequiredService<Conversations>().StartAsync(
            new NewThread(relation.UserId, relation.PersonId, relation.CitizenId, relationId, null, subject, $"Et spørgsmål om {subject}."));
    }
}
