using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Notifications;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.CitizenArea;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.Notifications;

/// <summary>A relative is told by mail when what they may follow changes — and the mail tells nothing else.</summary>
public class ChangeNoticeTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_consent_the_citizen_withdraws_queues_one_notice_that_names_only_the_first_name_and_it_reaches_the_pickup_folder(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.Medicine, ConsentLevel.Informed));

        await factory.WithServiceAsync<CitizenConsents, DateTime?>(c => c.RecordAsync(world.CitizenUserId, world.CitizenId,
            world.RelationId, [new CitizenTopicChoice(ConsentTopic.Medicine, ConsentLevel.None)]));

        Assert.Single(await factory.MailsToAsync(world.RelativeEmail));
        var notice = Assert.Single(await factory.NoticesToAsync(await factory.UserIdAsync(world.RelativeEmail)));
        Assert.Equal(NotificationKind.ConsentChanged, notice.Kind);
        Assert.Equal(world.RelationId, notice.RelationId);
        var delivered = Assert.Single(await factory.DeliveredToAsync(world.RelativeEmail, 1));
        var text = delivered.Subject + delivered.Body;
        Assert.Contains("Det, du kan følge om Grete", text, StringComparison.Ordinal);
        Assert.Contains("/Relatives", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Borgersen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("edicin", text, StringComparison.Ordinal);
        Assert.DoesNotContain("trukket", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_change_that_is_refused_stores_no_mail(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        await factory.WithServiceAsync<CitizenConsents, bool>(async c =>
        {
            await c.EndRelationAsync(world.CitizenUserId, world.CitizenId, world.RelationId);
            return true;
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithServiceAsync<CitizenConsents, DateTime?>(c =>
            c.RecordAsync(world.CitizenUserId, world.CitizenId, world.RelationId,
                [new CitizenTopicChoice(ConsentTopic.DailyLife, ConsentLevel.Involved)])));

        var notice = Assert.Single(await factory.NoticesToAsync(await factory.UserIdAsync(world.RelativeEmail)));
        Assert.Equal(NotificationKind.RelationEnded, notice.Kind);
        Assert.Single(await factory.MailsToAsync(world.RelativeEmail));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_changing_a_consent_and_ending_a_relation_each_tell_the_relative_but_the_relatives_own_ending_does_not(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        var staff = await factory.UserIdAsync(Demo.DemoAccounts.Staff);
        var now = Core.Instant.Now(factory.Clock);

        await factory.WithServiceAsync<ConsentRecorder, int>(r => r.RecordConsentsAsync(staff, ConsentCommand.Alike(
            world.RelationId, ConsentBasis.CitizenConsent, null, HowGiven.Oral, now, null, null,
            new Dictionary<ConsentTopic, ConsentLevel> { [ConsentTopic.Finances] = ConsentLevel.Informed })));
        await factory.WithServiceAsync<ConsentRecorder, bool>(async r =>
        {
            await r.EndRelationAsync(staff, world.RelationId, RelationEndedBy.Citizen, "Borgeren ønsker det");
            return true;
        });
        var second = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        var relativeUser = await factory.UserIdAsync(second.RelativeEmail);
        await factory.WithServiceAsync<ConsentRecorder, bool>(async r =>
        {
            await r.EndRelationAsRelativeAsync(relativeUser, second.RelationId, null);
            return true;
        });

        var kinds = (await factory.NoticesToAsync(await factory.UserIdAsync(world.RelativeEmail))).Select(n => n.Kind);
        Assert.Equal([NotificationKind.ConsentChanged, NotificationKind.RelationEnded], kinds);
        Assert.Empty(await factory.NoticesToAsync(relativeUser));
        Assert.Empty(await factory.MailsToAsync(second.RelativeEmail));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_consent_that_runs_out_is_announced_exactly_once_by_the_expiry_job(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory);
        var now = Core.Instant.Now(factory.Clock);
        await factory.AddAsync(db => db.ConsentRecords.Add(new ConsentRecord
        {
            Id = Guid.NewGuid(), RelationId = world.RelationId, Topic = ConsentTopic.HealthAndCare, Level = ConsentLevel.Informed,
            Basis = ConsentBasis.CitizenConsent, GivenHow = HowGiven.Written, ValidFromUtc = now.AddDays(-1),
            ValidUntilUtc = now.AddHours(1), RecordedAtUtc = now.AddDays(-1), RecordedByUserId = "test",
        }));
        var relativeUser = await factory.UserIdAsync(world.RelativeEmail);
        await factory.RunExpiryAsync();
        Assert.Empty(await factory.NoticesToAsync(relativeUser));

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.RunExpiryAsync();
        await factory.RunExpiryAsync();
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.RunExpiryAsync();

        var notice = Assert.Single(await factory.NoticesToAsync(relativeUser));
        Assert.Equal(NotificationKind.ConsentExpired, notice.Kind);
        Assert.Single(await factory.MailsToAsync(world.RelativeEmail));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_consent_replaced_before_it_ran_out_is_not_announced_as_expired(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory);
        var now = Core.Instant.Now(factory.Clock);
        await factory.AddAsync(db =>
        {
            foreach (var (level, recorded, until) in new[] { (ConsentLevel.Informed, now.AddDays(-2), (DateTime?)now.AddHours(1)), (ConsentLevel.Involved, now.AddDays(-1), null) })
            {
                db.ConsentRecords.Add(new ConsentRecord
                {
                    Id = Guid.NewGuid(), RelationId = world.RelationId, Topic = ConsentTopic.Finances, Level = level,
                    Basis = ConsentBasis.CitizenConsent, GivenHow = HowGiven.Written, ValidFromUtc = recorded,
                    ValidUntilUtc = until, RecordedAtUtc = recorded, RecordedByUserId = "test",
                });
            }
        });
        await factory.RunExpiryAsync();

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.RunExpiryAsync();

        Assert.Empty(await factory.NoticesToAsync(await factory.UserIdAsync(world.RelativeEmail)));
    }
}
