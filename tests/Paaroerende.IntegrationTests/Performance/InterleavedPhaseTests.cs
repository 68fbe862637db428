extern alias benchmark;

using benchmark::Paaroerende.Benchmark.Load;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// A page measured in slices between other pages (tools/Paaroerende.Benchmark): its rate and CPU share are those of
/// its slices together, not of the last slice, nor an average of the slices' rates.
/// </summary>
public sealed class InterleavedPhaseTests
{
    [Fact]
    public void Requests_seconds_and_CPU_are_summed_over_the_slices()
    {
        var phase = new InterleavedPhase("citizen page at full load");
        phase.AddSlice(seconds: 1, cpuSeconds: 0.5);
        for (var i = 0; i < 100; i++)
        {
            phase.Record("relative: citizen page", 10, ok: true);
        }

        phase.AddSlice(seconds: 2, cpuSeconds: 1.9);
        for (var i = 0; i < 300; i++)
        {
            phase.Record("relative: citizen page", i < 297 ? 20 : 90, ok: i != 0);
        }

        var result = phase.Result();

        Assert.Equal("citizen page at full load", result.Name);
        Assert.Equal(3, result.Seconds);
        Assert.Equal(80, result.PortalCpuPercent); // 2.4 CPU seconds in 3 s; the slices' average would be 72.5 %.
        var page = Assert.Single(result.Pages);
        Assert.Equal(400, page.Requests);
        Assert.Equal(1, page.Errors);
        Assert.Equal(133.3, page.RequestsPerSecond); // 400 in 3 s; the slices' average rate would be 125.
        Assert.Equal(20, page.P50Ms);
        Assert.Equal(20, page.P99Ms);
    }

    [Fact]
    public void A_phase_without_a_slice_has_no_result_and_a_slice_needs_time()
    {
        var phase = new InterleavedPhase("baseline page at full load");

        Assert.Throws<InvalidOperationException>(phase.Result);
        Assert.Throws<ArgumentOutOfRangeException>(() => phase.AddSlice(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => phase.AddSlice(1, -0.1));
    }
}
