using System.Linq.Expressions;

namespace Paaroerende.Core.Consents;

/// <summary>
/// A set of topics as one number inside a query: a page that loads the allowed topics together with other lists sums
/// the bits instead of adding a list of its own, which would multiply the rows of the others. Topics are stored as
/// names, so the bit is chosen by comparison, which every provider translates.
/// </summary>
public static class TopicBits
{
    public static readonly Expression<Func<AllowedTopic, int>> Of = OfTopic<AllowedTopic>(t => t.Topic);

    /// <summary>
    /// The bit of the topic that <paramref name="topicOf"/> picks, as a CASE over every topic (built from the enum, so a
    /// new topic cannot be forgotten).
    /// </summary>
    public static Expression<Func<T, int>> OfTopic<T>(Expression<Func<T, ConsentTopic>> topicOf)
    {
        // Compared as the compiler writes an enum comparison in an expression tree (both sides converted to int); EF
        // translates that to the stored name.
        var topic = Expression.Convert(topicOf.Body, typeof(int));
        Expression body = Expression.Constant(0);
        foreach (var value in Enum.GetValues<ConsentTopic>().Reverse())
        {
            body = Expression.Condition(
                Expression.Equal(topic, Expression.Constant((int)value)), Expression.Constant(Bit(value)), body);
        }

        return Expression.Lambda<Func<T, int>>(body, topicOf.Parameters);
    }

    public static int Bit(ConsentTopic topic) => 1 << (int)topic;

    public static IReadOnlyList<ConsentTopic> Topics(int bits) =>
        [.. Enum.GetValues<ConsentTopic>().Where(t => (bits & Bit(t)) != 0).Order()];
}
