using System.Linq.Expressions;

namespace Paaroerende.Web.Relatives;

/// <summary>Puts an expression in place of a lambda's parameter: how the page queries compute a topic's bit in SQL.</summary>
internal sealed class ParameterSubstitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
