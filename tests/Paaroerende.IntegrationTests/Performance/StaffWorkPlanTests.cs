using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// The staff's pages in the benchmark's mix (the citizen list, a relation's consent form, the updates page and posting
/// an update), asked as <see cref="QueryPlanTests"/> asks the relatives' pages: no statement may read a whole table, nor
/// all of a citizen's updates to sort out the newest.
/// A staff page that did would cost the core more at scale 10 for every page in the mix, as all of them share it.
/// </summary>
public sealed class StaffWorkPlanTests
{
    /// <summary>Lists the staff see newest first, a page at a time, that grow with every year of a citizen's care.</summary>
    private static readonly HashSet<string> NewestFirstLists = new(StringComparer.Ordinal) { "CitizenUpdates" };

    [Fact]
    public async Task No_page_of_the_staffs_daily_work_reads_a_whole_table()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, services: SqlCommandCounter.Register);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var (relationId, _) = await factory.AddRelationAsync(inger, "Ulla", "Uændretsen", factory.Clock.GetUtcNow().UtcDateTime);

        var plans = new List<PagePlan>();
        async Task<T> SentBy<T>(string page, Func<Task<T>> request)
        {
            var requestId = Guid.NewGuid().ToString("N");
            sofie.DefaultRequestHeaders.Remove(SqlCommandCounter.RequestHeader);
            sofie.DefaultRequestHeaders.Add(SqlCommandCounter.RequestHeader, requestId);
            var result = await request();
            var sent = await Eventually.HappensAsync(() => Task.FromResult(counter.CommandsOf(requestId)), $"{page} to finish");
            plans.AddRange(await RelativePagePlans.PlansOfAsync(factory, page, sent));
            return result;
        }

        await SentBy("citizen list", () => sofie.GetDocumentAsync("/Staff"));
        await SentBy("consent form", () => sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Relations/{relationId}/Consent"));
        var updates = await SentBy("updates", () => sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates"));
        using var posted = await SentBy("posting an update", () => sofie.SubmitAsync(updates, new Dictionary<string, string>
        {
            ["Input.Topic"] = "DailyLife", ["Input.Title"] = "Dagens status", ["Input.Body"] = "En rolig dag med god appetit.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains(plans, p => p.Path == "posting an update" && p.Sql.Contains("INSERT INTO \"CitizenUpdates\"", StringComparison.Ordinal));

        var planned = plans.Count(p => p.Plan.Count > 0);
        var scans = plans.SelectMany(p => QueryPlanTests.TableScans(p.Sql, p.Lines).Select(scan => $"{p.Path}: {scan}\n{p.Sql}")).ToList();
        var sorts = plans.SelectMany(p => QueryPlanTests.WholeListSorts(p.Sql, p.Plan, NewestFirstLists).Select(sort => $"{p.Path}: {sort}\n{p.Sql}"))
            .ToList();

        Assert.True(planned >= 10, $"Only {planned} statements were planned.");
        Assert.True(scans.Count == 0, "Whole tables read:\n" + string.Join("\n", scans.Distinct()));
        Assert.True(sorts.Count == 0, "Lists read whole and sorted to show their newest:\n" + string.Join("\n", sorts.Distinct()));
    }
}
