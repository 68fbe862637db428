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

        var phases = runs.Select(_ => pages.Select(p => new InterleavedPhase(p)).ToList()).ToList();
        for (var round = 0; round < rounds && !ct.IsCancellationRequested; round++)
        {
            say($"Round {round + 1} of {rounds}");
            foreach (var i in ComparisonRounds.Order(round, runs.Count))
            {
                foreach (var phase in phases[i])
                {
                    await runs[i].FullLoadSliceAsync(phase, phase.Name, sliceSeconds, ct);
                }
            }
        }

        return ComparisonRounds.Summarise(phases);
    }
}

/// <summary>What the comparison's rounds compute, apart from driving the load (its tests: PortalComparisonTests).</summary>
public static class ComparisonRounds
{
    /// <summary>The order of the portals in a round: each round starts one later, so none is always measured first.</summary>
    public static IReadOnlyList<int> Order(int round, int portals) =>
        [.. Enumerable.Range(0, portals).Select(i => (i + round) % portals)];

    /// <summary>
    /// Each page's rate and CPU a request over all its slices (summed by <see cref="InterleavedPhase"/>), the slowest
    /// and fastest slice, and its ratio to the baseline page of the same portal — never to another portal's, whose
    /// build differs.
    /// </summary>
    public static IReadOnlyList<ComparedPage> Summarise(IReadOnlyList<IReadOnlyList<InterleavedPhase>> phasesPerPortal)
    {
        ArgumentNullException.ThrowIfNull(phasesPerPortal);
        var compared = new List<ComparedPage>();
        for (var portal = 0; portal < phasesPerPortal.Count; portal++)
        {
            var results = phasesPerPortal[portal].Select(p => (Phase: p, Result: p.Result())).ToList();
            var baseline = results.Where(r => r.Phase.Name == LoadRun.Baseline).Select(r => RateOf(r.Result)).FirstOrDefault();
            foreach (var (phase, result) in results)
            {
                var rate = RateOf(result);
                compared.Add(new ComparedPage(
                    portal, phase.Name, rate, rate > 0 ? Math.Round(result.PortalCpuPercent / 100 / rate * 1000, 2) : 0,
                    phase.SliceRates.Min(), phase.SliceRates.Max(), baseline > 0 ? Math.Round(rate / baseline, 2) : null));
            }
        }

        return compared;
    }

    private static double RateOf(PhaseResult phase) => phase.Pages.Sum(p => p.RequestsPerSecond);
}
