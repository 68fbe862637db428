extern alias benchmark;

using benchmark::Paaroerende.Benchmark.Load;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// The benchmark's scale target measured in the same minutes (tools/Paaroerende.Benchmark compare-scales, ADR 0058):
/// each relatives' page of the mix and the citizen page at the constant rate, the larger scale's p95 over the smaller's,
/// met at 1.3 and not above; a page the other scale lacks gives no line rather than a ratio against nothing.
/// </summary>
public sealed class ScaleComparisonTests
{
    private const string MixPhase = "mix at full load";
    private const string SteadyPhase = "citizen page at constant rate";
    private const string StartPage = "relative: start page";
    private const string CitizenPage = "relative: citizen page";
    private const string Directory = "relative: directory";

    [Fact]
    public void Each_relatives_page_is_the_larger_scales_p95_over_the_smallers_and_met_up_to_1_3()
    {
        var comparison = new ScaleComparisonResult("sqlite", 1, 10,
            [Mix((StartPage, 100), (CitizenPage, 100), (Directory, 100)), Steady(10)],
            [Mix((StartPage, 130), (CitizenPage, 131), (Directory, 90)), Steady(20)]);

        var lines = ScaleTargets.Of(comparison).ToList();

        Assert.Equal(
            [
                ("scale 10 p95 ≤ 1.3 × scale 1 (relative: start page, mix, same minutes)", "130 / 100 ms = 1.3", true),
                ("scale 10 p95 ≤ 1.3 × scale 1 (relative: citizen page, mix, same minutes)", "131 / 100 ms = 1.31", false),
                ("scale 10 p95 ≤ 1.3 × scale 1 (relative: directory, mix, same minutes)", "90 / 100 ms = 0.9", true),
                ("scale 10 p95 ≤ 1.3 × scale 1 (citizen page at 200/s, same minutes)", "20 / 10 ms = 2", false),
            ],
            lines);
    }

    [Fact]
    public void A_page_only_one_scale_has_gives_no_line()
    {
        var comparison = new ScaleComparisonResult("postgresql", 1, 10,
            [Mix((StartPage, 100))], [Mix((CitizenPage, 100))]);

        Assert.Empty(ScaleTargets.Of(comparison));
    }

    private static PhaseResult Mix(params (string Page, double P95Ms)[] pages) =>
        new(MixPhase, 60, 99, [.. pages.Select(p => new PageResult(MixPhase, p.Page, 100, 0, p.P95Ms / 2, p.P95Ms, p.P95Ms * 1.2, 50))]);

    private static PhaseResult Steady(double p95Ms) =>
        new(SteadyPhase, 60, 50, [new PageResult(SteadyPhase, CitizenPage, 12000, 0, p95Ms / 2, p95Ms, p95Ms * 1.2, 200)]);
}
