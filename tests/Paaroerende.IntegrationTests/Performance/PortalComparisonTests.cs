extern alias benchmark;

using benchmark::Paaroerende.Benchmark.Load;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// The benchmark's A/B rounds (tools/Paaroerende.Benchmark compare): a page's rate is that of all its slices together,
/// each slice's own rate gives the spread, its ratio is to the baseline page of its own portal, and no portal is always
/// measured first.
/// </summary>
public sealed class PortalComparisonTests
{
    private const string CitizenPage = "relative: citizen page";
    private const string BaselinePage = "baseline page";

    [Fact]
    public void A_page_is_summed_over_its_slices_and_set_against_its_own_portals_baseline_page()
    {
        var main = new List<InterleavedPhase>
        {
            Phase(CitizenPage, Slice(seconds: 1, cpuPercent: 50, requests: 100), Slice(2, 100, 300)),
            Phase(BaselinePage, Slice(1, 100, 400)),
        };
        var experiment = new List<InterleavedPhase> { Phase(CitizenPage, Slice(1, 100, 100)), Phase(BaselinePage, Slice(1, 100, 200)) };

        var pages = ComparisonRounds.Summarise([main, experiment]);

        var mainCitizen = Assert.Single(pages, p => p.Portal == 0 && p.Page == CitizenPage);
        Assert.Equal(133.3, mainCitizen.RequestsPerSecond); // 400 in 3 s; the slices' average rate would be 125.
        Assert.Equal(6.25, mainCitizen.CpuMsPerRequest); // 2.5 CPU seconds for 400 requests.
        Assert.Equal(100, mainCitizen.SlowestSlice);
        Assert.Equal(150, mainCitizen.FastestSlice);
        Assert.Equal(0.33, mainCitizen.PerBaselinePage);
        var experimentCitizen = Assert.Single(pages, p => p.Portal == 1 && p.Page == CitizenPage);
        Assert.Equal(0.5, experimentCitizen.PerBaselinePage); // against its own baseline page (200/s), not main's (400/s).
        Assert.Equal(1, Assert.Single(pages, p => p.Portal == 1 && p.Page == BaselinePage).PerBaselinePage);
    }

    [Fact]
    public void Each_round_starts_with_the_next_portal()
    {
        Assert.Equal([0, 1, 2], ComparisonRounds.Order(0, 3));
        Assert.Equal([1, 2, 0], ComparisonRounds.Order(1, 3));
        Assert.Equal([2, 0, 1], ComparisonRounds.Order(2, 3));
        Assert.Equal([0, 1, 2], ComparisonRounds.Order(3, 3));
    }

    private static (double Seconds, double CpuPercent, int Requests) Slice(double seconds, double cpuPercent, int requests) =>
        (seconds, cpuPercent, requests);

    /// <summary>A page measured in slices as the load records it: a slice's requests first, then the slice added.</summary>
    private static InterleavedPhase Phase(string page, params (double Seconds, double CpuPercent, int Requests)[] slices)
    {
        var phase = new InterleavedPhase(page);
        foreach (var (seconds, cpuPercent, requests) in slices)
        {
            for (var i = 0; i < requests; i++)
            {
                phase.Record(page, 10, ok: true);
            }

            phase.AddSlice(seconds, cpuPercent / 100 * seconds);
        }

        return phase;
    }
}
