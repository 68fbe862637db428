using FsCheck;
using FsCheck.Fluent;
using Paaroerende.Core.Consents;

namespace Paaroerende.UnitTests.Consents;

/// <summary>
/// The gate's explanations run rule 4 in memory (<see cref="ConsentRule.FirstAllowedAmong"/>); the queries run it as an
/// expression (<see cref="ConsentRule.AllowedOf"/>). On random decisions of two people, two citizens and two topics, at
/// random moments, both must name the same first allowed topic and the same disclosure start.
/// </summary>
public class AllowedInMemoryTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Guid[] People = [Guid.NewGuid(), Guid.NewGuid()];
    private static readonly Guid[] Citizens = [Guid.NewGuid(), Guid.NewGuid()];

    private static DateTime At(int hour) => T0.AddHours(hour);

    private static readonly Gen<LineDecision> Decision =
        from person in Gen.Elements(People)
        from citizen in Gen.Elements(Citizens)
        from topic in Gen.Elements(ConsentTopic.HealthAndCare, ConsentTopic.Medicine)
        from basis in Gen.Elements(Enum.GetValues<ConsentBasis>())
        from level in Gen.Elements(Enum.GetValues<ConsentLevel>())
        from start in Gen.Choose(0, 10)
        from length in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 6).Select(x => (int?)x)))
        from discloses in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(-4, 10).Select(x => (int?)x)))
        select new LineDecision
        {
            PersonId = person, CitizenId = citizen, Topic = topic, Basis = basis, Level = level,
            ValidFromUtc = At(start), ValidUntilUtc = length is null ? null : At(start + length.Value),
            DisclosesFromUtc = discloses is null ? null : At(discloses.Value),
        };

    private static readonly Gen<(LineDecision[] Decisions, DateTime At)> Case =
        from count in Gen.Choose(0, 8)
        from decisions in Gen.ArrayOf(Decision, count)
        from at in Gen.Choose(-1, 18)
        select (decisions, At(at));

    [Fact]
    public void The_in_memory_rule_allows_what_the_query_rule_allows()
    {
        var property = Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var expected = ConsentRule.AllowedOf(c.Decisions.AsQueryable(), c.At).FirstOrDefault();
            var actual = ConsentRule.FirstAllowedAmong(c.Decisions, c.At);
            return (Describe(actual) == Describe(expected)).Label($"in memory {Describe(actual)}, query {Describe(expected)}");
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(600), property);
    }

    [Fact]
    public void A_kept_out_decision_in_force_wins_over_a_grant_on_another_basis()
    {
        LineDecision Line(ConsentBasis basis, ConsentLevel level) => new()
        {
            PersonId = People[0], CitizenId = Citizens[0], Topic = ConsentTopic.Medicine, Basis = basis, Level = level,
            ValidFromUtc = At(0), DisclosesFromUtc = At(0),
        };

        Assert.NotNull(ConsentRule.FirstAllowedAmong([Line(ConsentBasis.CitizenConsent, ConsentLevel.Informed)], At(1)));
        Assert.Null(ConsentRule.FirstAllowedAmong(
            [Line(ConsentBasis.CitizenConsent, ConsentLevel.Informed), Line(ConsentBasis.PowerOfAttorney, ConsentLevel.KeptOut)], At(1)));
    }

    private static string Describe(AllowedTopic? topic) =>
        topic is null ? "none" : $"{topic.PersonId}/{topic.CitizenId}/{topic.Topic} from {topic.DisclosesFromUtc:O}";
}
