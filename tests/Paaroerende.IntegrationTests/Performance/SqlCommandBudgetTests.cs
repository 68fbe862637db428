using System.Net;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// Issue #7's budget: a page a relative opens sends at most three SQL commands, counting everything the request does
/// (the cookie's account check, the access filter, the consent gate, the page), on every page
/// <see cref="RelativePagesWorld"/> discovers. The audit insert is shared with the requests waiting at the same moment
/// (docs/adr/0050) and sent by the audit writer, so it is not counted here: at most one more command a page.
/// </summary>
public sealed class SqlCommandBudgetTests
{
    private const int Budget = 3;

    private const string NotAnswered = "answered";

    /// <summary>
    /// Pages that still miss the budget, with the most commands measured on either database (2026-11-25). This is a
    /// ratchet, not a second budget: the target stays three and issue #7 stays open for these pages
    /// (docs/performance.md). A listed page may not get worse, and once it meets the budget the test asks for its
    /// line to be removed, so the list can only shrink.
    /// </summary>
    private static readonly Dictionary<string, int> KnownOverBudget = new(StringComparer.Ordinal)
    {
        // 12 since the relative's conversations joined the copy (ADR 0031): one more table, one query (ADR 0016); 15 since
        // the calendar's invitations, meetings and sign-ups joined it (ADR 0036), a query each.
        ["/Relatives/MyData"] = 15,
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_page_a_relative_opens_sends_at_most_three_sql_commands(string provider)
    {
        await using var world = await RelativePagesWorld.CreateAsync(provider);
        var paths = world.Paths;
        Assert.Contains(paths, p => p.Path == "/Relatives");
        Assert.Contains(paths, p => p.Path == $"/Relatives/Citizen/{world.Inger}");
        Assert.All(KnownOverBudget.Keys, t => Assert.Contains(paths, p => p.Template == t));

        var overBudget = new List<string>();
        foreach (var (template, path) in paths)
        {
            var (status, commands) = await world.OpenAsync(path);
            var allowed = KnownOverBudget.GetValueOrDefault(template, Budget);
            if (status != HttpStatusCode.OK)
            {
                // A page that fails is not within any budget.
                var error = world.Factory.Logs.Lines.LastOrDefault(l => l.StartsWith("Error", StringComparison.Ordinal)) ?? "";
                overBudget.Add($"{path}: {NotAnswered} {(int)status} {error[..Math.Min(error.Length, 400)]}");
            }
            else if (commands.Count > allowed)
            {
                overBudget.Add($"{path}: {commands.Count} commands (allowed {allowed})\n  " + string.Join("\n  ", commands.Select(OneLine)));
            }
            else if (allowed > Budget && commands.Count <= Budget)
            {
                overBudget.Add($"{path} now meets the budget ({commands.Count}): remove {template} from {nameof(KnownOverBudget)}");
            }
        }

        Assert.True(overBudget.Count == 0, $"Over {Budget} SQL commands ({provider}):\n" + string.Join("\n", overBudget));
    }

    private static string OneLine(string sql) =>
        string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries)) is var line && line.Length > 300
            ? line[..300] + "…"
            : line;
}
