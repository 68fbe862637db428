using System.Diagnostics;
using System.Net;
using Paaroerende.Benchmark.Load;
using Paaroerende.Demo;

namespace Paaroerende.Benchmark.Cluster;

/// <summary>
/// The demo relatives' citizen page in a closed loop for a while: requests per second, the same for one instance
/// (its own address) and for the balancer in front of several, so the two can be compared on one machine.
/// </summary>
internal static class ClusterThroughput
{
    public static async Task<double> MeasureAsync(Uri portal, int seconds, int users, CancellationToken ct)
    {
        var browsers = new List<(Browser Browser, string CitizenPage)>();
        for (var i = 0; i < users; i++)
        {
            var browser = new Browser(portal, Browser.Loopback(7, i));
            await browser.SignInAsync(i % 2 == 0 ? DemoAccounts.Relative : DemoAccounts.SecondRelative, DemoAccounts.Password, ct: ct);
            using var start = await browser.GetAsync("/Relatives", ct);
            var html = await start.Content.ReadAsStringAsync(ct);
            var citizen = System.Text.RegularExpressions.Regex.Match(html, "/Relatives/Citizen/([0-9a-f-]{36})").Groups[1].Value;
            browsers.Add((browser, $"/Relatives/Citizen/{citizen}"));
        }

        var done = 0;
        var clock = Stopwatch.StartNew();
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            stop.CancelAfter(TimeSpan.FromSeconds(seconds));
            await Task.WhenAll(browsers.Select(async b =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        using var response = await b.Browser.GetAsync(b.CitizenPage, CancellationToken.None);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref done);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // Counted by not counting: only answered pages make throughput.
                    }
                }
            }));
        }

        foreach (var (browser, _) in browsers)
        {
            browser.Dispose();
        }

        return done / clock.Elapsed.TotalSeconds;
    }
}
