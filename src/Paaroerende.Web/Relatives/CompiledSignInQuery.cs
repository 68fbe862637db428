using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// A relatives' page query over the sign-in's active relations, compiled once. Run as an ordinary LINQ query, EF hashes
/// and compares the whole expression tree against its cache and walks it for parameters on every request; for the
/// citizen page that was a fifth of the page's CPU. A compiled query skips both.
/// </summary>
/// <remarks>
/// The query is written once, by the gate's composable parts, not a second time for compiling. To compile it, the
/// <c>build</c> function is called once with stand-in values (<see cref="StandIns"/>) that cannot occur in real data,
/// and each place a stand-in reached (a captured variable or a constant) becomes the compiled query's parameter. So
/// <c>build</c> must use its arguments only as they are, inside the query: a value computed from one (a date a day
/// earlier) would be computed from the stand-in and baked in. A captured value of a parameter's type that is not a
/// stand-in would likewise be the same for every request; compiling fails on it instead.
/// </remarks>
public sealed class CompiledSignInQuery<TRow>(
    Func<PortalDbContext, ConsentGate, string, Guid, DateTime, int, IQueryable<TRow>> build)
{
    // One per model: the built query holds the model's entity types (a process that serves two providers, as the tests
    // do, has two models).
    private readonly ConcurrentDictionary<IModel, Func<PortalDbContext, string, Guid, DateTime, int, IAsyncEnumerable<TRow>>> compiled = new();

    /// <summary>The rows for the sign-in <paramref name="userId"/>, the citizen (if the page is about one), the moment and the rows to skip.</summary>
    public async Task<IReadOnlyList<TRow>> ListAsync(
        PortalDbContext db, string userId, Guid citizenId, DateTime atUtc, int skip, CancellationToken ct)
    {
        var query = CompiledFor(db);
        var rows = new List<TRow>();
        await foreach (var row in query(db, userId, citizenId, atUtc, skip).WithCancellation(ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// The compiled query for <paramref name="db"/>'s model. Two requests may both compile on a cold start; either
    /// result is the same query, and neither holds the context it was built with (see <see cref="Compile"/>).
    /// </summary>
    internal Func<PortalDbContext, string, Guid, DateTime, int, IAsyncEnumerable<TRow>> CompiledFor(PortalDbContext db) =>
        compiled.GetOrAdd(db.Model, _ => Compile(db));

    /// <summary>
    /// Builds the query with <paramref name="db"/> and turns it into a compiled query of its own parameters. A table the
    /// built expression still reaches through the context (a sub-query inside a lambda, <c>db.Table.Any(...)</c>) is read
    /// here, on the request that builds the query, and inlined like the captured sub-queries. Left for EF, it would be
    /// read when the query first runs — from whichever request runs it first, on a context that, pooled, is by then
    /// another request's, and two requests running it first at once used that context from two threads
    /// (CompiledSignInQueryTests). Nothing of the building context's own is left in the compiled query.
    /// </summary>
    private Func<PortalDbContext, string, Guid, DateTime, int, IAsyncEnumerable<TRow>> Compile(PortalDbContext db)
    {
        var built = build(db, new ConsentGate(db), StandIns.UserId, StandIns.CitizenId, StandIns.AtUtc, StandIns.Skip);
        var parameters = new Dictionary<object, ParameterExpression>
        {
            [StandIns.UserId] = Expression.Parameter(typeof(string), "userId"),
            [StandIns.CitizenId] = Expression.Parameter(typeof(Guid), "citizenId"),
            [StandIns.AtUtc] = Expression.Parameter(typeof(DateTime), "atUtc"),
            [StandIns.Skip] = Expression.Parameter(typeof(int), "skip"),
        };
        var body = new StandInsToParameters(parameters).Visit(built.Expression);
        var lambda = Expression.Lambda<Func<PortalDbContext, string, Guid, DateTime, int, IQueryable<TRow>>>(
            body, Expression.Parameter(typeof(PortalDbContext), "db"), parameters[StandIns.UserId],
            parameters[StandIns.CitizenId], parameters[StandIns.AtUtc], parameters[StandIns.Skip]);
        return EF.CompileAsyncQuery(lambda);
    }
}

/// <summary>Values no sign-in, citizen, moment or page ever has.</summary>
internal static class StandIns
{
    public const string UserId = "compiled-query-stand-in:user";

    public const int Skip = 987_654_321;

    public static readonly Guid CitizenId = new("5e471e15-0000-4c0d-9a9e-c0ffee5e4711");

    public static readonly DateTime AtUtc = new DateTime(1901, 2, 3, 4, 5, 6, 789, DateTimeKind.Utc).AddTicks(4321);
}

/// <summary>
/// Replaces every stand-in with its parameter, and inlines captured sub-queries (so the stand-ins inside them are
/// reached too). Throws on a captured value of a parameter's type that is not a stand-in.
/// </summary>
internal sealed class StandInsToParameters(IReadOnlyDictionary<object, ParameterExpression> parameters) : ExpressionVisitor
{
    private static readonly Type[] ParameterTypes = [typeof(string), typeof(Guid), typeof(DateTime), typeof(int)];

    protected override Expression VisitConstant(ConstantExpression node) =>
        node.Value is not null && parameters.TryGetValue(node.Value, out var parameter) && parameter.Type == node.Type
            ? parameter
            : node;

    protected override Expression VisitMember(MemberExpression node)
    {
        // A table read through a captured context (db.Units inside a lambda): read now and inlined.
        if (node is { Expression: MemberExpression { Expression: ConstantExpression holder } reference, Member: PropertyInfo table }
            && ValueOf(reference, holder) is DbContext context && table.GetValue(context) is IQueryable rows)
        {
            return Visit(rows.Expression);
        }

        if (node.Expression is not ConstantExpression closure)
        {
            return base.VisitMember(node);
        }

        var value = ValueOf(node, closure);
        if (value is not null && parameters.TryGetValue(value, out var parameter) && parameter.Type == node.Type)
        {
            return parameter;
        }

        if (value is IQueryable captured)
        {
            return Visit(captured.Expression);
        }

        if (value is DbContext or ConsentGate)
        {
            throw new InvalidOperationException(
                $"The query holds {node.Member.Name} ({value.GetType().Name}) of the request that built it: compiled, it would run on that request's context.");
        }

        if (ParameterTypes.Contains(Nullable.GetUnderlyingType(node.Type) ?? node.Type))
        {
            throw new InvalidOperationException(
                $"The query captures {node.Member.Name} ({node.Type.Name}), which is not a stand-in: compiled, it would be the same for every request.");
        }

        return node;
    }

    private static object? ValueOf(MemberExpression member, ConstantExpression closure) => member.Member switch
    {
        FieldInfo field => field.GetValue(closure.Value),
        PropertyInfo property => property.GetValue(closure.Value),
        _ => null,
    };
}
