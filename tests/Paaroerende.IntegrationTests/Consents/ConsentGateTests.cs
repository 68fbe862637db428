using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;
using static Paaroerende.IntegrationTests.Infrastructure.ConsentScenario;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>The gate's rules one by one, with worked examples from docs/consent.md, on both databases.</summary>
public class ConsentGateTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static readonly DateTime Later = T0.AddDays(10);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Without_a_relation_nothing_is_allowed(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (citizen, person) = (s.Citizen(), s.Person());
        await s.SaveAsync();

        var decision = await new ConsentGate(db).DecideAsync(person, citizen, ConsentTopic.DailyLife, Later);

        Assert.Equal(ConsentDecision.Deny(ConsentReason.NoActiveRelation), decision);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relation_alone_opens_the_citizen_page_but_no_topic(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (citizen, person) = (s.Citizen(), s.Person());
        s.Relation(citizen, person, T0);
        await s.SaveAsync();
        var gate = new ConsentGate(db);

        Assert.Contains(citizen, await gate.VisibleCitizenIds(person, Later).ToListAsync());
        Assert.Empty(await gate.AllowedTopics(person, citizen, Later).ToListAsync());
        Assert.Equal(ConsentReason.NoConsent, (await gate.DecideAsync(person, citizen, ConsentTopic.DailyLife, Later)).Reason);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Informed_and_involved_allow_exactly_their_topics(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (citizen, person) = (s.Citizen(), s.Person());
        var relation = s.Relation(citizen, person, T0);
        s.Consent(relation, ConsentTopic.DailyLife, ConsentLevel.Informed, T0);
        s.Consent(relation, ConsentTopic.HealthAndCare, ConsentLevel.Involved, T0);
        await s.SaveAsync();
        var gate = new ConsentGate(db);

        var topics = await gate.AllowedTopics(person, citizen, Later).ToListAsync();

        Assert.Equal([ConsentTopic.DailyLife, ConsentTopic.HealthAndCare], topics.Order());
        Assert.Equal(new ConsentDecision(true, ConsentLevel.Involved, ConsentReason.Granted),
            await gate.DecideAsync(person, citizen, ConsentTopic.HealthAndCare, Later));
        Assert.False((await gate.DecideAsync(person, citizen, ConsentTopic.Finances, Later)).Allowed);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Kept_out_wins_over_a_grant_on_another_basis(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (citizen, person) = (s.Citizen(), s.Person());
        var relation = s.Relation(citizen, person, T0);
        s.Consent(relation, ConsentTopic.Finances, ConsentLevel.Involved, T0, basis: ConsentBasis.Guardianship);
        s.Consent(relation, ConsentTopic.Finances, ConsentLevel.KeptOut, T0.AddHours(1));
        await s.SaveAsync();
        var gate = new ConsentGate(db);

        Assert.Equal(ConsentReason.KeptOut, (await gate.DecideAsync(person, citizen, ConsentTopic.Finances, Later)).Reason);
        Assert.Empty(await gate.AllowedTopics(person, citizen, Later).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Consent_stops_at_its_end_date_without_any_job(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (citizen, person) = (s.Citizen(), s.Person());
        var relation = s.Relation(citizen, person, T0);
        var end = T0.AddDays(5);
        s.Consent(relation, ConsentTopic.Medicine, ConsentLevel.Informed, T0, validUntil: end);
        await s.SaveAsync();
        var gate = new ConsentGate(db);

        Assert.True((await gate.DecideAsync(person, citizen, ConsentTopic.Medicine, end.AddTicks(-10))).Allowed);
        Assert.Equal(ConsentReason.Expired, (await gate.DecideAsync(person, citizen, ConsentTopic.Medicine, end)).Reason);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_withdrawal_hides_from_then_on_and_history_still_shows_what_was_in_force(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (citizen, person) = (s.Citizen(), s.Person());
        var relation = s.Relation(citizen, person, T0);
        s.Consent(relation, ConsentTopic.DailyLife, ConsentLevel.Informed, T0);
        s.Consent(relation, ConsentTopic.DailyLife, ConsentLevel.None, T0.AddDays(2));
        await s.SaveAsync();
        var gate = new ConsentGate(db);

        Assert.True((await gate.DecideAsync(person, citizen, ConsentTopic.DailyLife, T0.AddDays(1))).Allowed);
        Assert.Equal(ConsentReason.Withdrawn, (await gate.DecideAsync(person, citizen, ConsentTopic.DailyLife, Later)).Reason);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_newer_decision_not_yet_valid_does_not_bring_back_the_older_one(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (citizen, person) = (s.Citizen(), s.Person());
        var relation = s.Relation(citizen, person, T0);
        s.Consent(relation, ConsentTopic.HousingAndMoving, ConsentLevel.Informed, T0);
        s.Consent(relation, ConsentTopic.HousingAndMoving, ConsentLevel.Involved, T0.AddDays(1), validFrom: T0.AddDays(20));
        await s.SaveAsync();
        var gate = new ConsentGate(db);

        Assert.Equal(ConsentReason.NotYetValid, (await gate.DecideAsync(person, citizen, ConsentTopic.HousingAndMoving, Later)).Reason);
        Assert.True((await gate.DecideAsync(person, citizen, ConsentTopic.HousingAndMoving, T0.AddDays(21))).Allowed);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_ended_relation_stops_everything_and_another_relatives_consent_gives_nothing(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (citizen, mette, jens) = (s.Citizen(), s.Person("Mette"), s.Person("Jens"));
        var ended = s.Relation(citizen, mette, T0, endedAt: T0.AddDays(3));
        s.Consent(ended, ConsentTopic.DailyLife, ConsentLevel.Involved, T0);
        var other = s.Relation(citizen, jens, T0);
        s.Consent(other, ConsentTopic.Medicine, ConsentLevel.Involved, T0);
        await s.SaveAsync();
        var gate = new ConsentGate(db);

        Assert.True((await gate.DecideAsync(mette, citizen, ConsentTopic.DailyLife, T0.AddDays(1))).Allowed);
        Assert.Equal(ConsentReason.NoActiveRelation, (await gate.DecideAsync(mette, citizen, ConsentTopic.DailyLife, Later)).Reason);
        Assert.Empty(await gate.VisibleCitizenIds(mette, Later).ToListAsync());
        Assert.False((await gate.DecideAsync(jens, citizen, ConsentTopic.DailyLife, Later)).Allowed);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Updates_are_filtered_by_topic_inside_the_query(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (citizen, person) = (s.Citizen(), s.Person());
        var relation = s.Relation(citizen, person, T0);
        s.Consent(relation, ConsentTopic.DailyLife, ConsentLevel.Informed, T0);
        var visible = s.Update(citizen, ConsentTopic.DailyLife, T0.AddDays(1));
        s.Update(citizen, ConsentTopic.Medicine, T0.AddDays(1));
        s.Update(citizen, ConsentTopic.DailyLife, Later.AddDays(1)); // not yet published at the moment asked
        await s.SaveAsync();

        var query = new ConsentGate(db).VisibleUpdates(person, citizen, Later);
        var ids = await query.Select(u => u.Id).ToListAsync();

        Assert.Equal([visible], ids);
        Assert.Contains("CurrentConsents", query.ToQueryString(), StringComparison.Ordinal); // the gate inside the same SQL
    }
}
