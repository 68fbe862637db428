using System.Linq.Expressions;

namespace Paaroerende.Core.Consents;

/// <summary>
/// A set of topics as one number inside a query: a page that loads the allowed topics together with other lists sums
/// the bits instead of adding a third list, which would multiply the rows of the others. Topics are stored as names,
/// so the bit is chosen by comparison, which every provider translates.
/// </summary>
public static class TopicBits
{
    public static readonly Expression<Func<AllowedTopic, int>> Of = t =>
        t.Topic == ConsentTopic.DailyLife ? 1
        : t.Topic == ConsentTopic.HealthAndCare ? 2
        : t.Topic == ConsentTopic.Medicine ? 4
        : t.Topic == ConsentTopic.AppointmentsAndVisits ? 8
        : t.Topic == ConsentTopic.HousingAndMoving ? 16
        : t.Topic == ConsentTopic.Finances ? 32
        : t.Topic == ConsentTopic.CaseProcessing ? 64
        : 0;

    public static IReadOnlyList<ConsentTopic> Topics(int bits) =>
        [.. Enum.GetValues<ConsentTopic>().Where(t => (bits & (1 << (int)t)) != 0).Order()];
}
