using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Notifications;
using Paaroerende.Core.Updates;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.Notifications;

/// <summary>The relative's daily digest and the citizen's read alerts: chosen, counted through the gate, sent once.</summary>
public class DigestAndReadAlertTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_digest_counts_only_updates_the_gate_allows_at_sending_and_goes_once_a_day(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory,
            Consent(ConsentTopic.DailyLife, ConsentLevel.Informed), Consent(ConsentTopic.Medicine, ConsentLevel.Informed));
        var relativeUser = await factory.UserIdAsync(world.RelativeEmail);
        await factory.WithServiceAsync<NotificationPreferences, bool>(async p =>
        {
            await p.SetDailyDigestAsync(relativeUser, on: true);
            return true;
        });
        var now = Instant.Now(factory.Clock);
        await factory.AddAsync(db =>
        {
            db.CitizenUpdates.Add(Update(world.CitizenId, ConsentTopic.DailyLife, now.AddMinutes(1), "Hemmelig titel om hverdagen"));
            db.CitizenUpdates.Add(Update(world.CitizenId, ConsentTopic.DailyLife, now.AddMinutes(2), "Endnu en"));
            db.CitizenUpdates.Add(Update(world.CitizenId, ConsentTopic.Medicine, now.AddMinutes(3), "Om medicinen"));
            db.CitizenUpdates.Add(Update(world.CitizenId, ConsentTopic.Finances, now.AddMinutes(4), "Om økonomien"));
        });
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await factory.WithServiceAsync<CitizenConsents, DateTime?>(c => c.RecordAsync(world.CitizenUserId, world.CitizenId,
            world.RelationId, [new CitizenTopicChoice(ConsentTopic.Medicine, ConsentLevel.None)]));
        var before = (await factory.MailsToAsync(world.RelativeEmail)).Count;

        Assert.Equal(0, await factory.RunDigestsAsync());
        factory.Clock.Advance(TimeSpan.FromHours(25));
        await factory.RunDigestsAsync();
        await factory.RunDigestsAsync();

        Assert.Single((await factory.MailsToAsync(world.RelativeEmail)).Skip(before));
        var digest = Assert.Single(await factory.DeliveredToAsync(world.RelativeEmail, before + 1), IsDigest);
        Assert.Contains("2 nye opdateringer om Grete", digest.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemmelig", digest.Body, StringComparison.Ordinal);
        Assert.Equal(2, (await factory.NoticesToAsync(relativeUser)).Single(n => n.Kind == NotificationKind.DailyDigest).Count);

        await factory.AddAsync(db => db.CitizenUpdates.Add(
            Update(world.CitizenId, ConsentTopic.DailyLife, Instant.Now(factory.Clock).AddMinutes(1), "Næste dag")));
        factory.Clock.Advance(TimeSpan.FromHours(24));
        await factory.RunDigestsAsync();

        Assert.Single((await factory.MailsToAsync(world.RelativeEmail)).Skip(before + 1));
        var next = Assert.Single(await factory.DeliveredToAsync(world.RelativeEmail, before + 2),
            m => IsDigest(m) && !m.Body.Contains("2 nye", StringComparison.Ordinal));
        Assert.Contains("1 ny opdatering om Grete", next.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Without_the_choice_no_digest_and_no_read_alert_is_sent(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        await factory.AddAsync(db => db.CitizenUpdates.Add(
            Update(world.CitizenId, ConsentTopic.DailyLife, Instant.Now(factory.Clock).AddMinutes(1), "Nyt")));
        using (var relative = await world.SignInAsRelativeAsync(factory))
        {
            using var read = await relative.GetAsync(new Uri($"/Relatives/Citizen/{world.CitizenId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromHours(25));
        await factory.RunDigestsAsync();
        await factory.RunReadAlertsAsync();

        Assert.Empty(await factory.MailsToAsync(world.RelativeEmail));
        Assert.Empty(await factory.MailsToAsync(world.CitizenEmail));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_citizen_who_chose_read_alerts_gets_at_most_one_a_day_and_it_names_nobody(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        await factory.WithServiceAsync<NotificationPreferences, bool>(async p =>
        {
            await p.SetReadAlertsAsync(world.CitizenUserId, on: true);
            return true;
        });
        using var relative = await world.SignInAsRelativeAsync(factory);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await ReadAsync(relative, world.CitizenId);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await factory.RunReadAlertsAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await ReadAsync(relative, world.CitizenId);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.RunReadAlertsAsync();

        Assert.Single(await factory.MailsToAsync(world.CitizenEmail));
        var alert = Assert.Single(await factory.DeliveredToAsync(world.CitizenEmail, 1));
        Assert.Contains("En af dine pårørende", alert.Body, StringComparison.Ordinal);
        // The link is to the configured public address (appsettings.Testing.json), not localhost.
        Assert.Contains("https://paaroerende.test.example/Citizen/WhoLooked", alert.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Lise", alert.Body, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromHours(23));
        await factory.RunReadAlertsAsync();
        Assert.Equal(2, (await factory.MailsToAsync(world.CitizenEmail)).Count);
        await factory.RunReadAlertsAsync();
        Assert.Equal(2, (await factory.MailsToAsync(world.CitizenEmail)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_notices_are_in_the_relatives_and_the_citizens_data_export(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        await factory.WithServiceAsync<CitizenConsents, DateTime?>(c => c.RecordAsync(world.CitizenUserId, world.CitizenId,
            world.RelationId, [new CitizenTopicChoice(ConsentTopic.Medicine, ConsentLevel.Informed)]));
        var notice = Assert.Single(await factory.NoticesToAsync(await factory.UserIdAsync(world.RelativeEmail)));

        using var relative = await world.SignInAsRelativeAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);
        foreach (var (client, url) in new[] { (relative, "/Relatives/MyData?handler=Json"), (citizen, "/Citizen/MyData?handler=Json") })
        {
            var json = await client.GetStringAsync(new Uri(url, UriKind.Relative));
            Assert.Contains(notice.Id.ToString(), json, StringComparison.OrdinalIgnoreCase);
        }
    }

    // Files are named by the moment of sending, which a moved clock does not order reliably: tell mails apart by subject.
    private static bool IsDigest(Core.Mail.PickedUpMail mail) => mail.Subject == "Nye opdateringer i Pårørendeportalen";

    private static async Task ReadAsync(HttpClient relative, Guid citizenId)
    {
        using var read = await relative.GetAsync(new Uri($"/Relatives/Citizen/{citizenId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    private static CitizenUpdate Update(Guid citizenId, ConsentTopic topic, DateTime publishedAt, string title) => new()
    {
        Id = Guid.NewGuid(), CitizenId = citizenId, Topic = topic, Title = title, Body = "Tekst", PublishedAtUtc = publishedAt,
        AuthorUserId = "test",
    };
}
