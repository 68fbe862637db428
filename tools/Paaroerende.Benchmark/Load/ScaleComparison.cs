using Paaroerende.Benchmark.Fill;

namespace Paaroerende.Benchmark.Load;

/// <summary>One scale's portal in a <see cref="ScaleComparison"/>: where it answers, its process, and its own sign-ins.</summary>
internal sealed record ScalePortal(int Scale, ComparedPortal Portal, Manifest Manifest);

/// <summary>The mix and the constant rate on the two scales' portals, measured in the same minutes.</summary>
public sealed record ScaleComparisonResult(
    string Database, int SmallScale, int LargeScale, IReadOnlyList<PhaseResult> Small, IReadOnlyList<PhaseResult> Large);

/// <summary>
/// Issue #7's "scale 10 ≤ 1.3 × scale 1 p95" in the same minutes: the two scales' portals run side by side, each on
/// its own database, and take the realistic mix and the citizen page at the constant rate in alternating slices whose
/// order turns every round, as the page ratios are measured (docs/adr/0058). Measured in separate runs, an hour apart
/// (the larger scale's fill takes most of it), the ratio is also the machine's drift between the two hours.
/// </summary>
internal sealed class ScaleComparison(string database, ScalePortal small, ScalePortal large, LoadOptions options, Action<string> say)
{
    public async Task<ScaleComparisonResult> RunAsync(int rounds, int sliceSeconds, int warmUpSeconds, CancellationToken ct)
    {
        var portals = new[] { small, large };
        var runs = new List<LoadRun>();
        foreach (var portal in portals)
        {
            say($"Scale {portal.Scale}: signing in");
            var run = new LoadRun(portal.Portal.Url, portal.Manifest, new ProcessMeter(portal.Portal.ProcessId), options, say);
            await run.SignInAsync(ct);
            runs.Add(run);
        }

        foreach (var (run, portal) in runs.Zip(portals))
        {
            say($"Scale {portal.Scale}: warming up with the mix for {warmUpSeconds} s");
            await run.FullLoadSliceAsync(new InterleavedPhase(LoadRun.MixPhase), LoadRun.MixPhase, warmUpSeconds, ct);
        }

        var phases = runs.Select(_ => (Mix: new InterleavedPhase(LoadRun.MixPhase), Steady: new InterleavedPhase(LoadRun.CitizenSteadyPhase)))
            .ToList();
        for (var round = 0; round < rounds && !ct.IsCancellationRequested; round++)
        {
            say($"Round {round + 1} of {rounds}");
            foreach (var i in ComparisonRounds.Order(round, runs.Count))
            {
                await runs[i].FullLoadSliceAsync(phases[i].Mix, LoadRun.MixPhase, sliceSeconds, ct);
                await runs[i].ConstantRateSliceAsync(phases[i].Steady, sliceSeconds, ct);
            }
        }

        return new ScaleComparisonResult(database, small.Scale, large.Scale,
            [phases[0].Mix.Result(), phases[0].Steady.Result()], [phases[1].Mix.Result(), phases[1].Steady.Result()]);
    }
}

/// <summary>The scale target's lines from a comparison (its tests: ScaleComparisonTests).</summary>
public static class ScaleTargets
{
    public const double Limit = 1.3;

    /// <summary>The relatives' pages in the mix and the citizen page at the constant rate: the larger scale's p95 over the smaller's.</summary>
    public static IEnumerable<(string Target, string Measured, bool Met)> Of(ScaleComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        foreach (var (phase, page, name) in new[]
        {
            (LoadRun.MixPhase, LoadRun.StartPage, $"{LoadRun.StartPage}, mix"),
            (LoadRun.MixPhase, LoadRun.CitizenPage, $"{LoadRun.CitizenPage}, mix"),
            (LoadRun.MixPhase, LoadRun.Directory, $"{LoadRun.Directory}, mix"),
            (LoadRun.CitizenSteadyPhase, LoadRun.CitizenPage, "citizen page at 200/s"),
        })
        {
            if (Find(comparison.Small, phase, page) is { P95Ms: > 0 } smaller && Find(comparison.Large, phase, page) is { } larger)
            {
                var ratio = RatioOf(larger.P95Ms, smaller.P95Ms);
                yield return (
                    FormattableString.Invariant($"scale {comparison.LargeScale} p95 ≤ {Limit} × scale {comparison.SmallScale} ({name}, same minutes)"),
                    FormattableString.Invariant($"{larger.P95Ms} / {smaller.P95Ms} ms = {ratio}"),
                    ratio <= Limit);
            }
        }
    }

    /// <summary>The larger scale's p95 over the smaller's, to two decimals as the report prints it (0 without a smaller p95).</summary>
    public static double RatioOf(double largerP95Ms, double smallerP95Ms) =>
        smallerP95Ms > 0 ? Math.Round(largerP95Ms / smallerP95Ms, 2) : 0;

    private static PageResult? Find(IReadOnlyList<PhaseResult> phases, string phase, string page) =>
        phases.Where(p => p.Name == phase).SelectMany(p => p.Pages).FirstOrDefault(p => p.Page == page);
}
