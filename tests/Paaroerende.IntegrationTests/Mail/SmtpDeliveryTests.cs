using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Demo;
using Paaroerende.Core.Mail;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;

namespace Paaroerende.IntegrationTests.Mail;

/// <summary>
/// The outbox delivering through MailKit to a real SMTP server (aiosmtpd, see <see cref="SmtpTestServer"/>): a mail
/// arrives as composed; a refused recipient, a dropped connection, a slow server and a server without STARTTLS each
/// leave the message in the outbox for a later attempt, exactly as any failed send does.
/// </summary>
public class SmtpDeliveryTests
{
    [Fact]
    public async Task An_invitation_arrives_at_the_SMTP_server_addressed_to_the_relative_naming_the_municipality_and_no_citizen()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var portal = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: Through(smtp));
        using var staff = await portal.SignInAsAsync(DemoAccounts.Staff);
        var inger = await portal.CitizenIdAsync("Inger", "Prøvesen");

        await InvitationTests.InviteAsync(staff, inger, await InvitationTests.NominateAsync(staff, inger, "Nanna", "nanna@test.example"));

        var mail = await Eventually.HappensAsync(() => Task.FromResult(smtp.Received().SingleOrDefault()), "the invitation at the SMTP server");
        Assert.Equal(["nanna@test.example"], mail.Recipients);
        Assert.Equal("Pårørendeportalen <no-reply@paaroerende.example>", mail.From);
        Assert.Contains("Pårørendeportalen", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("/Account/Invitation?token=", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Nanna", mail.Body, StringComparison.Ordinal);
        // The municipality is named, so the mail does not look like phishing (docs/adr/0029); the citizen is not.
        Assert.Contains("Hvidovre", mail.Subject + mail.Body, StringComparison.Ordinal);
        Assert.Contains("https://paaroerende.test.example/Privatliv/hvidovre", mail.Body, StringComparison.Ordinal);
        foreach (var mustNotCarry in new[] { "Inger", "Prøvesen" })
        {
            Assert.DoesNotContain(mustNotCarry, mail.Subject + mail.Body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Null(mail.Login);
        Assert.False(Directory.Exists(portal.MailFolder) && Directory.GetFiles(portal.MailFolder, "*.eml").Length > 0);
    }

    [Fact]
    public async Task With_a_user_name_configured_the_sender_authenticates()
    {
        await using var smtp = await SmtpTestServer.StartAsync("accept", "--user", "portal", "--password", "test-smtp-password");
        await using var portal = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), demoData: false,
            services: Through(smtp, ("UserName", "portal"), ("Password", "test-smtp-password")));

        var id = await portal.QueueWithChangeAsync("auth@test.example", "Emne æøå", "Tekst æøå");

        await portal.WaitForAsync(id, m => m.SentAtUtc is not null, "the mail sent");
        var mail = Assert.Single(smtp.Received());
        Assert.Equal("portal", mail.Login);
        Assert.Equal("Emne æøå", mail.Subject);
        Assert.Equal("Tekst æøå", mail.Body.TrimEnd());
    }

    [Fact]
    public async Task A_refused_recipient_leaves_the_message_for_retry_until_the_outbox_gives_up()
    {
        await using var smtp = await SmtpTestServer.StartAsync("refuse", "--refuse", "nobody@test.example");
        await using var portal = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), demoData: false,
            services: Through(smtp, maxAttempts: 2));

        var id = await portal.QueueWithChangeAsync("nobody@test.example");

        var first = await portal.WaitForAsync(id, m => m.LastError is not null, "the first failure recorded");
        Assert.StartsWith("SmtpCommandException", first.LastError, StringComparison.Ordinal);
        Assert.Null(first.SentAtUtc);
        Assert.Null(first.FailedAtUtc);
        Assert.Equal(1, first.Attempts);
        Assert.Equal("Tekst", first.Body);

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var last = await portal.WaitForAsync(id, m => m.FailedAtUtc is not null, "the outbox giving up after its last attempt");
        Assert.Equal(2, last.Attempts);
        Assert.Null(last.SentAtUtc);
        Assert.Empty(smtp.Received());
    }

    [Fact]
    public async Task A_server_that_drops_the_connection_leaves_the_message_for_retry()
    {
        await using var smtp = await SmtpTestServer.StartAsync("drop");
        await using var portal = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), demoData: false,
            services: Through(smtp));

        var id = await portal.QueueWithChangeAsync("drop@test.example");

        var message = await portal.WaitForAsync(id, m => m.LastError is not null, "the failure recorded");
        AssertKeptForRetry(message, portal, "SmtpProtocolException");
        Assert.Empty(smtp.Received());
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_fails_the_attempt_without_hanging_and_the_message_is_kept()
    {
        await using var smtp = await SmtpTestServer.StartAsync("slow", "--delay", "60");
        await using var portal = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), demoData: false,
            services: Through(smtp, ("Timeout", "00:00:01")));

        var id = await portal.QueueWithChangeAsync("slow@test.example");

        // Far less than the server's 60 s: the one-second timeout ended the attempt.
        var message = await portal.WaitForAsync(id, m => m.LastError is not null, "the timeout recorded");
        AssertKeptForRetry(message, portal, "TimeoutException");
    }

    [Fact]
    public async Task STARTTLS_is_required_by_default_so_a_server_without_it_gets_nothing()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var portal = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite), demoData: false,
            services: Through(smtp, ("Security", null)));

        var id = await portal.QueueWithChangeAsync("tls@test.example");

        var message = await portal.WaitForAsync(id, m => m.LastError is not null, "the refusal to send in clear recorded");
        AssertKeptForRetry(message, portal, "NotSupportedException");
        Assert.Empty(smtp.Received());
    }

    private static void AssertKeptForRetry(OutboxMessage message, PortalFactory portal, string failure)
    {
        Assert.StartsWith(failure + ":", message.LastError, StringComparison.Ordinal);
        Assert.Null(message.SentAtUtc);
        Assert.Null(message.FailedAtUtc);
        Assert.Equal(1, message.Attempts);
        Assert.Equal("Tekst", message.Body);
        Assert.True(message.NextAttemptAtUtc > portal.Clock.GetUtcNow().UtcDateTime, "the next attempt is scheduled");
    }

    /// <summary>
    /// The portal's SMTP settings for the test server, bound from configuration as the portal binds Mail:Smtp (no TLS
    /// on loopback unless a test removes that line), with a fast outbox.
    /// </summary>
    private static Action<IServiceCollection> Through(SmtpTestServer smtp, params (string Key, string? Value)[] settings) =>
        Through(smtp, maxAttempts: null, settings);

    private static Action<IServiceCollection> Through(
        SmtpTestServer smtp, int? maxAttempts, params (string Key, string? Value)[] settings) => services =>
    {
        var values = new Dictionary<string, string?>
        {
            ["Host"] = "127.0.0.1",
            ["Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Security"] = "None",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Where(v => v.Value is not null).Select(v => KeyValuePair.Create(SmtpSettings.Section + ":" + v.Key, v.Value)))
            .Build().GetSection(SmtpSettings.Section);
        MailWorld.FastOutbox(maxAttempts: maxAttempts)(services);
        services.AddSingleton(section.Get<SmtpSettings>()!);
    };
}
