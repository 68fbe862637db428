using Paaroerende.Benchmark.Fill;

namespace Paaroerende.Benchmark.Load;

/// <summary>One portal of a comparison: where it answers and its process, for its CPU.</summary>
internal sealed record ComparedPortal(Uri Url, int ProcessId);

/// <summary>One page on one portal over all its slices, and its rate against the same portal's baseline page.</summary>
public sealed record ComparedPage(
    int Portal, string Page, double RequestsPerSecond, double CpuMsPerRequest, double SlowestSlice, double FastestSlice,
    double? PerBaselinePage);

/// <summary>
/// A/B rounds (docs/performance.md, "What is left between the citizen page and half the baseline page"): the same
/// pages at full load on two or more running portals — a build of main and experiment builds, each on its own copy of
/// one database — in slices whose order rotates every round, so every portal and page sees the same minutes of a
/// machine whose speed drifts. A compiled client, because the Python clients of earlier rounds topped out near the
/// pages' own rates.
/// </summary>
internal sealed class PortalComparison(IReadOnlyList<ComparedPortal> portals, Manifest manifest, LoadOptions options, Action<string> say)
{
    public async Task<IReadOnlyList<ComparedPage>> RunAsync(
        IReadOnlyList<string> pages, int rounds, int sliceSeconds, int warmUpSeconds, CancellationToken ct)
    {
        var runs = new List<LoadRun>();
        foreach (var portal in portals)
        {
            var run = new LoadRun(portal.Url, manifest, new ProcessMeter(portal.ProcessId), options, say);
            await run.SignInAsync(ct);
            runs.Add(run);
        }

        say($"Warming up each portal for {warmUpSeconds} s");
        foreach (var run in runs)
        {
            foreach (var page in pages)
            {
                await run.FullLoadSliceAsync(new InterleavedPhase(page), page, Math.Max(1, warmUpSeconds / pages.Count), ct);
            }
        }

        var slices = runs.Select(_ => pages.ToDictionary(p => p, _ => new List<PhaseResult>())).ToList();
        for (var round = 0; round < rounds && !ct.IsCancellationRequested; round++)
        {
            say($"Round {round + 1} of {rounds}");
            foreach (var i in ComparisonRounds.Order(round, runs.Count))
            {
                foreach (var page in pages)
                {
                    var slice = new InterleavedPhase(page);
                    await runs[i].FullLoadSliceAsync(slice, page, sliceSeconds, ct);
                    slices[i][page].Add(slice.Result());
                }
            }
        }

        return ComparisonRounds.Summarise([.. slices.Select(s => (IReadOnlyDictionary<string, List<PhaseResult>>)s)]);
    }
}

/// <summary>What the comparison's rounds compute, apart from driving the load (its tests: PortalComparisonTests).</summary>
public static class ComparisonRounds
{
    /// <summary>The order of the portals in a round: each round starts one later, so none is always measured first.</summary>
    public static IReadOnlyList<int> Order(int round, int portals) =>
        [.. Enumerable.Range(0, portals).Select(i => (i + round) % portals)];

    /// <summary>
    /// Each page's rate and CPU a request over all its slices (requests, seconds and CPU summed, not the slices'
    /// rates averaged), the slowest and fastest slice, and its ratio to the baseline page of the same portal — never to
    /// another portal's, whose build differs.
    /// </summary>
    public static IReadOnlyList<ComparedPage> Summarise(IReadOnlyList<IReadOnlyDictionary<string, List<PhaseResult>>> slicesPerPortal)
    {
        ArgumentNullException.ThrowIfNull(slicesPerPortal);
        var compared = new List<ComparedPage>();
        for (var portal = 0; portal < slicesPerPortal.Count; portal++)
        {
            var pages = slicesPerPortal[portal].ToDictionary(p => p.Key, p => Totals(p.Value));
            double? baseline = pages.TryGetValue(LoadRun.Baseline, out var b) ? b.Rate : null;
            foreach (var (page, (rate, cpuMs, slowest, fastest)) in pages)
            {
                compared.Add(new ComparedPage(
                    portal, page, Math.Round(rate, 1), Math.Round(cpuMs, 2), slowest, fastest,
                    baseline is > 0 ? Math.Round(rate / baseline.Value, 2) : null));
            }
        }

        return compared;
    }

    private static (double Rate, double CpuMs, double Slowest, double Fastest) Totals(List<PhaseResult> slices)
    {
        var seconds = slices.Sum(s => s.Seconds);
        var requests = slices.Sum(s => s.Pages.Sum(p => p.Requests));
        var cpuSeconds = slices.Sum(s => s.PortalCpuPercent / 100 * s.Seconds);
        var rates = slices.Select(RateOf).DefaultIfEmpty(0).ToList();
        return (seconds > 0 ? requests / seconds : 0, requests > 0 ? cpuSeconds / requests * 1000 : 0, rates.Min(), rates.Max());
    }

    private static double RateOf(PhaseResult phase) => phase.Pages.Sum(p => p.RequestsPerSecond);
}
