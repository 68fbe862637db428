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
        var mette = await factory.WithDbAsync(db => db.Relations.Where(r => r.Id == relation)
            .Select(r => new NewThread(db.Users.Where(u => u.Email == DemoAccounts.Relative).Select(u => u.Id).First(), r.PersonId, r.CitizenId, r.Id, null, "", ""))
            .SingleAsync());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        var none = await sofie.GetDocumentAsync("/Staff");
        await StartThreadAsync(factory, mette, "Briller");
        var one = await sofie.GetDocumentAsync("/Staff");
        await StartThreadAsync(factory, mette, "Høreapparat");
        var two = await sofie.GetDocumentAsync("/Staff");

        Assert.Null(none.QuerySelector("[data-unread-messages]"));
        Assert.Equal("1 ulæst", one.QuerySelector("[data-unread-messages]")?.TextContent.Trim());
        Assert.Equal("2 ulæste", two.QuerySelector("[data-unread-messages]")?.TextContent.Trim());
    }

    /// <summary>Mette (<paramref name="relative"/>: her relation, without subject and text) starts a thread.</summary>
    private static async Task StartThreadAsync(PortalFactory factory, NewThread relative, string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Conversations>().StartAsync(
            relative with { Subject = subject, Body = $"Et spørgsmål om {subject}." });
    }
}
