using System.Linq.Expressions;
using Paaroerende.Core.Consents;

namespace Paaroerende.Web.Relatives;

/// <summary>Puts an expression in place of a lambda's parameter: how the page queries compute a topic's bit in SQL.</summary>
internal sealed class ParameterSubstitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;

    /// <summary>
    /// A page row's lambda without its last parameter (the topic bit): in its place the bit of the topic of its
    /// <see cref="VisibleUpdate"/> parameter, so the query computes it. A topic column would need a stand-in in the other rows, and EF writes an enum constant there as a
    /// number, which PostgreSQL will not unite with the stored name.
    /// </summary>
    public static Expression<Func<T1, T2, TRow>> WithUpdateTopicBit<T1, T2, TRow>(
        Expression<Func<T1, T2, int, TRow>> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var update = row.Parameters.Single(p => p.Type == typeof(VisibleUpdate));
        var bitOf = TopicBits.OfTopic<VisibleUpdate>(u => u.Topic);
        var bit = new ParameterSubstitution(bitOf.Parameters[0], update).Visit(bitOf.Body);
        var body = new ParameterSubstitution(row.Parameters[2], bit).Visit(row.Body);
        return Expression.Lambda<Func<T1, T2, TRow>>(body, row.Parameters[0], row.Parameters[1]);
    }
}
