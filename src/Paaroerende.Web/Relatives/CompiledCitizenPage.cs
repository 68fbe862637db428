using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// The relative's citizen page query (<see cref="CitizenPageRows"/> over the sign-in's active relations), compiled once.
/// Run as an ordinary LINQ query, EF hashes and compares the whole expression tree against its cache and walks it for
/// parameters on every request; for this tree that was a fifth of the page's CPU. A compiled query skips both.
/// </summary>
/// <remarks>
/// The query is written once, by the gate's composable parts, not a second time for compiling. To compile it, it is
/// built once with stand-in values (<see cref="Sentinels"/>) that cannot occur in real data, and each place a stand-in
/// reached (a captured variable or a constant) becomes the compiled query's parameter. A captured value of a parameter's
/// type that is not a stand-in would be baked in as a constant for every later request; building fails instead.
/// </remarks>
public static class CompiledCitizenPage
{
    // One per model: the built query holds the model's entity types (a process that serves two providers, as the tests
    // do, has two models).
    private static readonly ConcurrentDictionary<IModel, Func<PortalDbContext, string, Guid, DateTime, int, IAsyncEnumerable<CitizenPageRow>>> Compiled = new();

    public static async Task<IReadOnlyList<CitizenPageRow>> RowsAsync(
        PortalDbContext db, string userId, Guid citizenId, DateTime atUtc, int skip, CancellationToken ct)
    {
        // Two requests may both compile on a cold start; either result is the same query.
        var query = Compiled.GetOrAdd(db.Model, _ => Compile(db));
        var rows = new List<CitizenPageRow>();
        await foreach (var row in query(db, userId, citizenId, atUtc, skip).WithCancellation(ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static Func<PortalDbContext, string, Guid, DateTime, int, IAsyncEnumerable<CitizenPageRow>> Compile(PortalDbContext db)
    {
        var gate = new ConsentGate(db);
        var built = CitizenPageRows.Query(db, gate, gate.ActiveRelationsOfUser(Sentinels.UserId, Sentinels.AtUtc),
            Sentinels.CitizenId, Sentinels.AtUtc, Sentinels.Skip);

        var context = Expression.Parameter(typeof(PortalDbContext), "db");
        var parameters = new Dictionary<object, ParameterExpression>
        {
            [Sentinels.UserId] = Expression.Parameter(typeof(string), "userId"),
            [Sentinels.CitizenId] = Expression.Parameter(typeof(Guid), "citizenId"),
            [Sentinels.AtUtc] = Expression.Parameter(typeof(DateTime), "atUtc"),
            [Sentinels.Skip] = Expression.Parameter(typeof(int), "skip"),
        };
        var body = new StandInsToParameters(parameters).Visit(built.Expression);
        var lambda = Expression.Lambda<Func<PortalDbContext, string, Guid, DateTime, int, IQueryable<CitizenPageRow>>>(
            body, context, parameters[Sentinels.UserId], parameters[Sentinels.CitizenId], parameters[Sentinels.AtUtc],
            parameters[Sentinels.Skip]);
        return EF.CompileAsyncQuery(lambda);
    }

    /// <summary>Values no sign-in, citizen, moment or page ever has.</summary>
    private static class Sentinels
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
    private sealed class StandInsToParameters(IReadOnlyDictionary<object, ParameterExpression> parameters) : ExpressionVisitor
    {
        private static readonly Type[] ParameterTypes = [typeof(string), typeof(Guid), typeof(DateTime), typeof(int)];

        protected override Expression VisitConstant(ConstantExpression node) =>
            node.Value is not null && parameters.TryGetValue(node.Value, out var parameter) && parameter.Type == node.Type
                ? parameter
                : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is not ConstantExpression closure)
            {
                return base.VisitMember(node);
            }

            var value = node.Member switch
            {
                FieldInfo field => field.GetValue(closure.Value),
                PropertyInfo property => property.GetValue(closure.Value),
                _ => null,
            };
            if (value is not null && parameters.TryGetValue(value, out var parameter) && parameter.Type == node.Type)
            {
                return parameter;
            }

            if (value is IQueryable captured)
            {
                return Visit(captured.Expression);
            }

            if (ParameterTypes.Contains(node.Type))
            {
                throw new InvalidOperationException(
                    $"The page query captures {node.Member.Name} ({node.Type.Name}), which is not a stand-in: compiled, it would be the same for every request.");
            }

            return node;
        }
    }
}
