using System.Linq.Expressions;
using Paaroerende.Core.Consents;

namespace Paaroerende.Web.Relatives;

/// <summary>Puts an expression in place of a lambda's parameter: how the page queries compute a topic's bit in SQL.</summary>
internal sealed class ParameterSubstitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;

    /// <summary>
    /// The body of a page row's lambda with its last parameter (the topic bit) replaced by the bit of
    /// <paramref name="update"/>'s topic, so the query computes it: a topic column would need a stand-in in the other
    /// rows, and EF writes an enum constant there as a number, which PostgreSQL will not unite with the stored name.
    /// </summary>
    public static Expression WithUpdateTopicBit(LambdaExpression row, ParameterExpression update)
    {
        var bitOf = TopicBits.OfTopic<VisibleUpdate>(u => u.Topic);
        var bit = new ParameterSubstitution(bitOf.Parameters[0], update).Visit(bitOf.Body);
        return new ParameterSubstitution(row.Parameters[^1], bit).Visit(row.Body);
    }
}
