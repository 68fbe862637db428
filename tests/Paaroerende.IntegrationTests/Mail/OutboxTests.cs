using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Mail;

/// <summary>
/// The outbox: a mail is stored with the change that causes it and delivered by the background sender, which retries
/// with growing delays and keeps all its state in the table, so neither a failure nor a restart loses a mail.
/// </summary>
public class OutboxTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_mail_queued_with_a_business_change_is_sent_by_the_background_sender(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false, services: MailWorld.FastOutbox());

        var id = await factory.QueueWithChangeAsync("modtager@test.example", "Velkommen", "Hej og velkommen.");

        var text = await factory.SingleMailTextAsync();
        Assert.Contains("To: modtager@test.example", text, StringComparison.Ordinal);
        Assert.Contains("Hej og velkommen.", text, StringComparison.Ordinal);
        var message = await factory.WaitForAsync(id, m => m.SentAtUtc is not null, "the message marked as sent");
        Assert.Equal(1, message.Attempts);
        Assert.Equal("", message.Body); // the one-time links in a mail do not outlive its delivery
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Nothing_is_queued_when_the_business_change_fails(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false, services: MailWorld.FastOutbox());
        await factory.QueueWithChangeAsync("first@test.example", municipalitySlug: "samme-slug");

        await Assert.ThrowsAsync<DbUpdateException>(() =>
            factory.QueueWithChangeAsync("second@test.example", municipalitySlug: "samme-slug"));

        await using var db = factory.Database.CreateContext();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == "second@test.example"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_failing_sender_is_retried_with_growing_delays_until_it_delivers(string provider)
    {
        var sender = new ScriptedMailSender(failures: 2);
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false, services: MailWorld.FastOutbox(sender));

        var id = await factory.QueueWithChangeAsync("retry@test.example");
        var first = await factory.WaitForAsync(id, m => m.Attempts == 1 && m.LastError is not null, "the first failed attempt");
        var firstFailedAt = factory.Clock.GetUtcNow().UtcDateTime;

        Assert.InRange(first.NextAttemptAtUtc - firstFailedAt, TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(61));
        Assert.Contains("InvalidOperationException", first.LastError, StringComparison.Ordinal);
        await Task.Delay(500); // several polls: nothing is tried before it is due
        Assert.Equal(1, sender.Calls);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await factory.WaitForAsync(id, m => m.Attempts == 2 && m.NextAttemptAtUtc < factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(3), "the second failed attempt");
        Assert.InRange(second.NextAttemptAtUtc - factory.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(119), TimeSpan.FromSeconds(121));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var sent = await factory.WaitForAsync(id, m => m.SentAtUtc is not null, "delivery on the third attempt");
        Assert.Equal(3, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Equal("retry@test.example", Assert.Single(sender.Delivered).To);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_sender_gives_up_after_the_last_allowed_attempt_and_keeps_the_message(string provider)
    {
        var sender = new ScriptedMailSender();
        await using var factory = await PortalFactory.CreateAsync(
            provider, demoData: false, services: MailWorld.FastOutbox(sender, maxAttempts: 2));

        var id = await factory.QueueWithChangeAsync("never@test.example");
        await factory.WaitForAsync(id, m => m.Attempts == 1 && m.LastError is not null, "the first failed attempt");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var failed = await factory.WaitForAsync(id, m => m.FailedAtUtc is not null, "the sender giving up");

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(500);
        Assert.Equal(2, sender.Calls);
        Assert.Equal(2, failed.Attempts);
        Assert.Equal("Tekst", failed.Body);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_message_survives_a_restart_of_the_host(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        Guid id;
        await using (var before = new PortalFactory(
            database, demoData: false, ownsDatabase: false, services: MailWorld.FastOutbox(new ScriptedMailSender())))
        {
            _ = before.Server;
            id = await before.QueueWithChangeAsync("restart@test.example", "Efter genstart", "Denne mail overlevede en genstart.");
            await before.WaitForAsync(id, m => m.Attempts == 1 && m.LastError is not null, "a failed attempt before the restart");
        }

        await using var after = new PortalFactory(database, demoData: false, ownsDatabase: true, services: MailWorld.FastOutbox());
        _ = after.Server;
        after.Clock.Advance(TimeSpan.FromMinutes(10));

        var text = await after.SingleMailTextAsync();
        Assert.Contains("Denne mail overlevede en genstart.", text, StringComparison.Ordinal);
        var sent = await after.WaitForAsync(id, m => m.SentAtUtc is not null, "the message marked as sent");
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task A_message_another_sender_has_claimed_is_not_sent_again_before_its_lease_ends()
    {
        var sender = new ScriptedMailSender(failures: 0);
        await using var factory = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), demoData: false,
            services: s => { MailWorld.FastOutbox(sender)(s); s.Configure<OutboxOptions>(o => o.PollInterval = TimeSpan.FromHours(1)); });
        _ = factory.Server;
        var id = await factory.QueueWithChangeAsync("lease@test.example");
        await factory.WaitForAsync(id, m => m.SentAtUtc is not null, "the first delivery");
        await using (var db = factory.Database.CreateContext())
        {
            // As if a server had claimed it and died while sending: unsent, with a lease running for five minutes.
            var leaseEnd = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(5);
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAtUtc, (DateTime?)null).SetProperty(m => m.NextAttemptAtUtc, Core.Instant.Truncate(leaseEnd)));
        }

        Assert.Equal(0, await DeliverOnceAsync(factory));
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await DeliverOnceAsync(factory));
        Assert.Equal(2, sender.Delivered.Count);
    }

    private static async Task<int> DeliverOnceAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);
    }
}
