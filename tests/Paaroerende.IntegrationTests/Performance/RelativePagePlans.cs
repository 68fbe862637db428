using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// Every page a relative opens (the demo relative with three citizens), each SQL command it sends, and SQLite's plan of
/// it: worked out once for all of <see cref="QueryPlanTests"/>' checks, as starting a portal and walking every page takes
/// about ten seconds.
/// </summary>
public sealed partial class RelativePagePlans : IAsyncLifetime
{
    public IReadOnlyList<PagePlan> Plans { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await using var world = await RelativePagesWorld.CreateAsync(DatabaseRegistration.SqliteProvider);
        Assert.Contains(world.Paths, p => p.Path == $"/Relatives/Citizen/{world.Inger}");

        var plans = new List<PagePlan>();
        foreach (var (_, path) in world.Paths)
        {
            var (status, commands) = await world.OpenAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            plans.AddRange(await PlansOfAsync(world.Factory, path, commands));
        }

        Plans = plans;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>SQLite's plan of each command a page sent (shared with <see cref="StaffWorkPlanTests"/>).</summary>
    internal static async Task<IReadOnlyList<PagePlan>> PlansOfAsync(PortalFactory factory, string page, IEnumerable<string> commands)
    {
        var plans = new List<PagePlan>();
        foreach (var sql in commands)
        {
            plans.Add(new PagePlan(page, sql, await factory.WithDbAsync(db => PlanNodesAsync(db, sql))));
        }

        return plans;
    }

    private static async Task<IReadOnlyList<PlanNode>> PlanNodesAsync(PortalDbContext db, string sql)
    {
        if (!sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, DBNull.Value); // SQLite plans the same whatever the values
        }

        var nodes = new List<PlanNode>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            nodes.Add(new PlanNode(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(3)));
        }

        return nodes;
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}

/// <summary>One line of SQLite's plan: its node, the node it belongs to, and what it does.</summary>
public sealed record PlanNode(int Id, int Parent, string Detail);

/// <summary>One SQL command a page sent, and SQLite's plan of it (its lines' text as <see cref="Lines"/>).</summary>
public sealed record PagePlan(string Path, string Sql, IReadOnlyList<PlanNode> Plan)
{
    public IReadOnlyList<string> Lines { get; } = Plan.Select(node => node.Detail).ToList();
}
