using System.Linq.Expressions;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Web.Relatives;

/// <summary>A relation the gate let through, with its facts and what the page shows of it, read in one query.</summary>
public sealed class RelationRow<TItem>
{
    public Guid RelationId { get; init; }

    public Guid PersonId { get; init; }

    public RelationFacts Facts { get; init; } = null!;

    public TItem Item { get; init; } = default!;
}

/// <summary>
/// The one projection of a relation's facts (<see cref="RelationFacts"/>) that every relatives' page reads, composed
/// with what the page itself shows, so no page writes the facts out by hand and they cannot drift between pages.
/// </summary>
public static class RelationRows
{
    /// <summary>The facts of a relation at the request's moment, as the database reads them.</summary>
    public static Expression<Func<Relation, RelationFacts>> FactsAt(DateTime atUtc) => r => new RelationFacts(
        r.Citizen!.FirstName + " " + r.Citizen.LastName, r.Citizen.Unit!.Name, r.Citizen.MunicipalityId,
        r.Citizen.Municipality!.Name, r.Citizen.Municipality.Slug, r.RelativeIsMinor, r.Person!.BirthDate, atUtc);

    /// <summary>
    /// Each relation with its id, its person, its facts and <paramref name="item"/> (the page's own lists), one row per
    /// relation: <paramref name="item"/> is inlined into the projection, so the database runs it in the same query.
    /// </summary>
    public static IQueryable<RelationRow<TItem>> WithFacts<TItem>(
        this IQueryable<Relation> relations, DateTime atUtc, Expression<Func<Relation, TItem>> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var relation = item.Parameters[0];
        var facts = FactsAt(atUtc);
        var row = typeof(RelationRow<TItem>);
        var body = Expression.MemberInit(
            Expression.New(row),
            Expression.Bind(row.GetProperty(nameof(RelationRow<TItem>.RelationId))!, Expression.Property(relation, nameof(Relation.Id))),
            Expression.Bind(row.GetProperty(nameof(RelationRow<TItem>.PersonId))!, Expression.Property(relation, nameof(Relation.PersonId))),
            Expression.Bind(row.GetProperty(nameof(RelationRow<TItem>.Facts))!, new Swap(facts.Parameters[0], relation).Visit(facts.Body)),
            Expression.Bind(row.GetProperty(nameof(RelationRow<TItem>.Item))!, item.Body));
        return relations.Select(Expression.Lambda<Func<Relation, RelationRow<TItem>>>(body, relation));
    }

    private sealed class Swap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
