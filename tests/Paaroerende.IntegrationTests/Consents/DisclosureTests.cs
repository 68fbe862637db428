using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.Infrastructure;
using static Paaroerende.IntegrationTests.Infrastructure.ConsentScenario;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>
/// Rule 12 of docs/consent.md, the worked examples one by one: a grant discloses what is published while it is in force,
/// a change without a gap keeps what was disclosed, and only an explicit choice discloses earlier updates.
/// </summary>
public class DisclosureTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_new_relative_does_not_read_what_was_written_before_the_grant(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (inger, jens) = (s.Citizen(), s.Person("Jens"));
        s.Update(inger, ConsentTopic.DailyLife, T0.AddDays(-200), "last spring");
        var relation = s.Relation(inger, jens, T0);
        s.Consent(relation, ConsentTopic.DailyLife, ConsentLevel.Informed, T0);
        s.Update(inger, ConsentTopic.DailyLife, T0.AddDays(1), "after the grant");
        await s.SaveAsync();

        Assert.Equal(["after the grant"], await TitlesAsync(db, jens, inger, T0.AddDays(2)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_update_written_while_the_topic_was_withdrawn_stays_hidden_when_it_is_granted_again(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (inger, jens) = (s.Citizen(), s.Person("Jens"));
        var relation = s.Relation(inger, jens, T0);
        s.Consent(relation, ConsentTopic.Medicine, ConsentLevel.Informed, T0);
        s.Update(inger, ConsentTopic.Medicine, T0.AddDays(1), "before the withdrawal");
        s.Consent(relation, ConsentTopic.Medicine, ConsentLevel.None, T0.AddDays(2));
        s.Update(inger, ConsentTopic.Medicine, T0.AddDays(3), "SECRET-DURING-WITHDRAWAL");
        await s.SaveAsync();
        s.Consent(relation, ConsentTopic.Medicine, ConsentLevel.Informed, T0.AddDays(4));
        s.Update(inger, ConsentTopic.Medicine, T0.AddDays(5), "after the new grant");
        await s.SaveAsync();

        Assert.Equal(["after the new grant"], await TitlesAsync(db, jens, inger, T0.AddDays(6)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_change_of_level_without_a_gap_keeps_what_was_disclosed(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (inger, mette) = (s.Citizen(), s.Person());
        var relation = s.Relation(inger, mette, T0);
        s.Consent(relation, ConsentTopic.HealthAndCare, ConsentLevel.Informed, T0);
        s.Update(inger, ConsentTopic.HealthAndCare, T0.AddDays(1), "while informed");
        await s.SaveAsync();
        s.Consent(relation, ConsentTopic.HealthAndCare, ConsentLevel.Involved, T0.AddDays(3), validFrom: T0.AddDays(3));
        await s.SaveAsync();

        Assert.Equal(["while informed"], await TitlesAsync(db, mette, inger, T0.AddDays(4)));
        Assert.Equal(T0, (await db.CurrentConsents.SingleAsync(c => c.RelationId == relation)).DisclosesFromUtc);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_an_explicit_choice_discloses_earlier_updates(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (inger, mette) = (s.Citizen(), s.Person());
        s.Update(inger, ConsentTopic.HousingAndMoving, T0.AddDays(-40), "too early");
        s.Update(inger, ConsentTopic.HousingAndMoving, T0.AddDays(-10), "chosen");
        var relation = s.Relation(inger, mette, T0);
        s.Consent(relation, ConsentTopic.HousingAndMoving, ConsentLevel.Informed, T0, disclosesFrom: T0.AddDays(-30));
        await s.SaveAsync();

        Assert.Equal(["chosen"], await TitlesAsync(db, mette, inger, T0.AddDays(1)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_grant_decided_to_start_later_is_told_with_its_day_and_discloses_from_then(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (inger, jens) = (s.Citizen(), s.Person("Jens"));
        var relation = s.Relation(inger, jens, T0);
        s.Consent(relation, ConsentTopic.DailyLife, ConsentLevel.Informed, T0);
        s.Consent(relation, ConsentTopic.HousingAndMoving, ConsentLevel.Informed, T0.AddDays(1), validFrom: T0.AddDays(10));
        s.Update(inger, ConsentTopic.HousingAndMoving, T0.AddDays(5), "before the start");
        s.Update(inger, ConsentTopic.HousingAndMoving, T0.AddDays(11), "after the start");
        await s.SaveAsync();
        var gate = new ConsentGate(db);

        var outlook = await gate.OutlookAsync(jens, inger, T0.AddDays(2));

        var housing = outlook.Single(o => o.Topic == ConsentTopic.HousingAndMoving);
        Assert.True(housing is { Allowed: false, StartsLater: true, Reason: ConsentReason.NotYetValid });
        Assert.Equal(T0.AddDays(10), housing.AllowedFromUtc);
        Assert.True(outlook.Single(o => o.Topic == ConsentTopic.DailyLife).Allowed);
        Assert.Equal(["after the start"], await TitlesAsync(db, jens, inger, T0.AddDays(12), ConsentTopic.HousingAndMoving));
    }

    private static async Task<List<string>> TitlesAsync(
        Core.Data.PortalDbContext db, Guid person, Guid citizen, DateTime at, ConsentTopic? topic = null)
    {
        var gate = new ConsentGate(db);
        var relations = gate.ActiveRelations(person, at).Where(r => r.CitizenId == citizen);
        var fromTable = await gate.VisibleUpdatesOn(relations, at).Where(u => topic == null || u.Topic == topic)
            .OrderBy(u => u.PublishedAtUtc).Select(u => u.Title).ToListAsync();
        var fromHistory = await gate.VisibleUpdatesAsOf(relations, at).Where(u => topic == null || u.Topic == topic)
            .OrderBy(u => u.PublishedAtUtc).Select(u => u.Title).ToListAsync();
        Assert.Equal(fromHistory, fromTable);
        return fromTable;
    }
}
