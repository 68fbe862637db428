using System.Globalization;
using System.Text;
using Paaroerende.Benchmark.Load;
using Spectre.Console;

namespace Paaroerende.Benchmark;

/// <summary>The measured tables and issue #7's targets, checked across the runs (both databases, both scales).</summary>
internal static class Report
{
    public static string Markdown(IReadOnlyList<RunResult> runs, IReadOnlyList<ScaleComparisonResult>? scales = null)
    {
        scales ??= [];
        var text = new StringBuilder();
        foreach (var run in runs.OrderBy(r => r.Database, StringComparer.Ordinal).ThenBy(r => r.Scale))
        {
            text.AppendLine(Invariant($"### {run.Database}, scale {run.Scale} (peak working set {run.PeakWorkingSetMb} MB)")).AppendLine();
            text.AppendLine("| phase | page | requests | errors | p50 ms | p95 ms | p99 ms | requests/s | portal CPU % |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var phase in run.Phases)
            {
                foreach (var page in phase.Pages)
                {
                    text.AppendLine(Invariant(
                        $"| {phase.Name} | {page.Page} | {page.Requests} | {page.Errors} | {page.P50Ms} | {page.P95Ms} | {page.P99Ms} | {page.RequestsPerSecond} | {phase.PortalCpuPercent} |"));
                }
            }

            text.AppendLine();
        }

        text.AppendLine("### Against the minimal page (outside the portal's pipeline)").AppendLine();
        text.AppendLine("| database | scale | page | requests/s | minimal page requests/s | ratio | CPU ms per request | minimal page CPU ms per request |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|");
        foreach (var (run, page, portalPage, minimalPage, ratio) in AgainstMinimal(runs))
        {
            text.AppendLine(Invariant(
                $"| {run.Database} | {run.Scale} | {page} | {portalPage.Page.RequestsPerSecond} | {minimalPage.Page.RequestsPerSecond} | {ratio} | {CpuMsPerRequest(portalPage)} | {CpuMsPerRequest(minimalPage)} |"));
        }

        text.AppendLine();
        foreach (var comparison in scales)
        {
            text.AppendLine(Invariant($"### {comparison.Database}, scales {comparison.SmallScale} and {comparison.LargeScale} in the same minutes")).AppendLine();
            text.AppendLine(Invariant($"| phase | page | scale {comparison.SmallScale}: p95 ms | requests/s | scale {comparison.LargeScale}: p95 ms | requests/s | ratio of p95 |"));
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
            foreach (var (phase, smaller, larger) in SideBySide(comparison))
            {
                text.AppendLine(Invariant(
                    $"| {phase} | {smaller.Page} | {smaller.P95Ms} | {smaller.RequestsPerSecond} | {larger.P95Ms} | {larger.RequestsPerSecond} | {RatioOf(larger, smaller)} |"));
            }

            text.AppendLine();
        }

        text.AppendLine("### Targets").AppendLine();
        text.AppendLine("| target | database | measured | met |");
        text.AppendLine("|---|---|---|---|");
        foreach (var (target, database, measured, met) in Targets(runs, scales))
        {
            text.AppendLine(Invariant($"| {target} | {database} | {measured} | {(met ? "yes" : "**no**")} |"));
        }

        return text.ToString();
    }

    /// <summary>The comparison's pages per portal: rate, CPU a request, the spread of its slices, and the ratio to its baseline page.</summary>
    public static void PrintComparison(IReadOnlyList<string> portals, IReadOnlyList<Load.ComparedPage> pages)
    {
        var table = new Table().Title("Portals compared in the same minutes")
            .AddColumns("portal", "page", "req/s", "CPU ms a request", "slices' req/s", "÷ baseline page");
        foreach (var page in pages.OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Portal))
        {
            table.AddRow(Markup.Escape(portals[page.Portal]), Markup.Escape(page.Page), Num(page.RequestsPerSecond), Num(page.CpuMsPerRequest),
                Invariant($"{page.SlowestSlice}–{page.FastestSlice}"), page.PerBaselinePage is { } ratio ? Num(ratio) : "");
        }

        AnsiConsole.Write(table);
    }

    public static void Print(IReadOnlyList<RunResult> runs, IReadOnlyList<ScaleComparisonResult>? scales = null)
    {
        scales ??= [];
        foreach (var run in runs)
        {
            var table = new Table().Title(Invariant($"{run.Database}, scale {run.Scale} — peak working set {run.PeakWorkingSetMb} MB"));
            foreach (var column in new[] { "phase", "page", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "req/s", "CPU %" })
            {
                table.AddColumn(column);
            }

            foreach (var phase in run.Phases)
            {
                foreach (var p in phase.Pages)
                {
                    table.AddRow(Markup.Escape(phase.Name), Markup.Escape(p.Page), Num(p.Requests), Num(p.Errors), Num(p.P50Ms), Num(p.P95Ms),
                        Num(p.P99Ms), Num(p.RequestsPerSecond), Num(phase.PortalCpuPercent));
                }
            }

            AnsiConsole.Write(table);
        }

        var against = new Table().Title("Against the minimal page").AddColumns("database", "scale", "page", "req/s", "minimal req/s", "ratio");
        foreach (var (run, page, portalPage, minimalPage, ratio) in AgainstMinimal(runs))
        {
            against.AddRow(run.Database, Num(run.Scale), Markup.Escape(page), Num(portalPage.Page.RequestsPerSecond),
                Num(minimalPage.Page.RequestsPerSecond), Num(ratio));
        }

        if (against.Rows.Count > 0)
        {
            AnsiConsole.Write(against);
        }

        foreach (var comparison in scales)
        {
            var side = new Table().Title(Invariant($"{comparison.Database}, scales {comparison.SmallScale} and {comparison.LargeScale} in the same minutes"))
                .AddColumns("phase", "page", Invariant($"scale {comparison.SmallScale} p95 ms"), "req/s", Invariant($"scale {comparison.LargeScale} p95 ms"), "req/s", "ratio");
            foreach (var (phase, smaller, larger) in SideBySide(comparison))
            {
                side.AddRow(Markup.Escape(phase), Markup.Escape(smaller.Page), Num(smaller.P95Ms), Num(smaller.RequestsPerSecond),
                    Num(larger.P95Ms), Num(larger.RequestsPerSecond), Num(RatioOf(larger, smaller)));
            }

            AnsiConsole.Write(side);
        }

        var targets = new Table().Title("Targets").AddColumns("target", "database", "measured", "met");
        foreach (var (target, database, measured, met) in Targets(runs, scales))
        {
            targets.AddRow(Markup.Escape(target), database, Markup.Escape(measured), met ? "[green]yes[/]" : "[red]no[/]");
        }

        AnsiConsole.Write(targets);
    }

    private static IEnumerable<(string Target, string Database, string Measured, bool Met)> Targets(
        IReadOnlyList<RunResult> runs, IReadOnlyList<ScaleComparisonResult> scales)
    {
        foreach (var comparison in scales.OrderBy(c => c.Database, StringComparer.Ordinal))
        {
            foreach (var (target, measured, met) in ScaleTargets.Of(comparison))
            {
                yield return (target, comparison.Database, measured, met);
            }
        }

        foreach (var run in runs.Where(r => r.Scale == 1 || runs.All(o => o.Scale != 1)).OrderBy(r => r.Database, StringComparer.Ordinal))
        {
            var db = run.Database;
            if (Find(run, LoadRun.CitizenSteadyPhase, LoadRun.CitizenPage) is { } steady)
            {
                var limit = SteadyRateTarget.P99LimitMs(db);
                yield return (Invariant($"citizen page at 200/s: p99 ≤ {limit} ms, no errors"), db,
                    Invariant($"p99 {steady.P99Ms} ms, {steady.Errors} errors"), steady.P99Ms <= limit && steady.Errors == 0);
            }

            foreach (var (phase, page, name) in new[]
            {
                (LoadRun.CitizenFullPhase, LoadRun.CitizenPage, "citizen page"),
                (LoadRun.StartFullPhase, LoadRun.StartPage, "relatives' start page"),
            })
            {
                if (Find(run, phase, page) is { } full
                    && Find(run, LoadRun.BaselineFullPhase, LoadRun.Baseline) is { } baseline && baseline.RequestsPerSecond > 0)
                {
                    var ratio = Math.Round(full.RequestsPerSecond / baseline.RequestsPerSecond, 2);
                    yield return ($"{name} ≥ 0.5 × baseline requests/s", db,
                        Invariant($"{full.RequestsPerSecond} / {baseline.RequestsPerSecond} = {ratio}"), ratio >= 0.5);
                }
            }

            if (Find(run, LoadRun.BaselineFullPhase, LoadRun.Baseline) is { } portalBaseline
                && Find(run, LoadRun.MinimalFullPhase, LoadRun.Minimal) is { } minimal && minimal.RequestsPerSecond > 0)
            {
                var ratio = Math.Round(portalBaseline.RequestsPerSecond / minimal.RequestsPerSecond, 2);
                yield return ("baseline page ≥ 0.6 × minimal page requests/s", db,
                    Invariant($"{portalBaseline.RequestsPerSecond} / {minimal.RequestsPerSecond} = {ratio}"), ratio >= 0.6);
            }

            yield return ("peak working set ≤ 400 MB", db, Invariant($"{run.PeakWorkingSetMb} MB"), run.PeakWorkingSetMb <= 400);

            if (Find(run, LoadRun.AttackPhase, LoadRun.GenuineSignIn) is { } signIn)
            {
                yield return ("genuine sign-in under attack: p95 < 1 s", db,
                    Invariant($"p95 {signIn.P95Ms} ms, {signIn.Errors} failed of {signIn.Requests}"), signIn.P95Ms < 1000 && signIn.Errors == 0);
            }

            if (runs.FirstOrDefault(r => r.Database == db && r.Scale == 10 * run.Scale) is { } big)
            {
                foreach (var page in new[] { LoadRun.StartPage, LoadRun.CitizenPage, LoadRun.Directory })
                {
                    if (Find(run, LoadRun.MixPhase, page) is { } small && Find(big, LoadRun.MixPhase, page) is { } large && small.P95Ms > 0)
                    {
                        var ratio = ScaleTargets.RatioOf(large.P95Ms, small.P95Ms);
                        yield return (Invariant($"scale {big.Scale} p95 ≤ {ScaleTargets.Limit} × scale {run.Scale} ({page}, mix, separate runs)"), db,
                            Invariant($"{large.P95Ms} / {small.P95Ms} ms = {ratio}"), ratio <= ScaleTargets.Limit);
                    }
                }

                if (Find(run, LoadRun.CitizenSteadyPhase, LoadRun.CitizenPage) is { } s1 && Find(big, LoadRun.CitizenSteadyPhase, LoadRun.CitizenPage) is { } s10 && s1.P95Ms > 0)
                {
                    var ratio = ScaleTargets.RatioOf(s10.P95Ms, s1.P95Ms);
                    yield return (Invariant($"scale {big.Scale} p95 ≤ {ScaleTargets.Limit} × scale {run.Scale} (citizen page at 200/s, separate runs)"), db,
                        Invariant($"{s10.P95Ms} / {s1.P95Ms} ms = {ratio}"), ratio <= ScaleTargets.Limit);
                }
            }
        }
    }

    /// <summary>The baseline, citizen and start pages at full load, each as a ratio of requests/s to the minimal page.</summary>
    private static IEnumerable<(RunResult Run, string Page, PhasePage Portal, PhasePage Minimal, double Ratio)> AgainstMinimal(
        IReadOnlyList<RunResult> runs)
    {
        foreach (var run in runs.OrderBy(r => r.Database, StringComparer.Ordinal).ThenBy(r => r.Scale))
        {
            if (FindWithPhase(run, LoadRun.MinimalFullPhase, LoadRun.Minimal) is not { } minimal || minimal.Page.RequestsPerSecond <= 0)
            {
                continue;
            }

            foreach (var (phase, page) in new[]
            {
                (LoadRun.BaselineFullPhase, LoadRun.Baseline), (LoadRun.CitizenFullPhase, LoadRun.CitizenPage),
                (LoadRun.StartFullPhase, LoadRun.StartPage),
            })
            {
                if (FindWithPhase(run, phase, page) is { } portalPage)
                {
                    yield return (run, page, portalPage, minimal, Math.Round(portalPage.Page.RequestsPerSecond / minimal.Page.RequestsPerSecond, 2));
                }
            }
        }
    }

    /// <summary>CPU per request of a page measured alone in its phase: the process's CPU share over its requests/s.</summary>
    private static double CpuMsPerRequest(PhasePage measured) => measured.Page.RequestsPerSecond > 0
        ? Math.Round(measured.Phase.PortalCpuPercent * 10 / measured.Page.RequestsPerSecond, 2)
        : 0;

    private static PhasePage? FindWithPhase(RunResult run, string phase, string page) =>
        run.Phases.Where(p => p.Name == phase).SelectMany(p => p.Pages.Select(x => new PhasePage(p, x))).FirstOrDefault(x => x.Page.Page == page);

    private sealed record PhasePage(PhaseResult Phase, PageResult Page);

    private static PageResult? Find(RunResult run, string phase, string page) =>
        run.Phases.Where(p => p.Name == phase).SelectMany(p => p.Pages).FirstOrDefault(p => p.Page == page);

    /// <summary>Each page of the comparison's phases, the smaller scale's result beside the larger's.</summary>
    private static IEnumerable<(string Phase, PageResult Smaller, PageResult Larger)> SideBySide(ScaleComparisonResult comparison) =>
        from smallPhase in comparison.Small
        from smaller in smallPhase.Pages
        let larger = comparison.Large.Where(p => p.Name == smallPhase.Name).SelectMany(p => p.Pages).FirstOrDefault(p => p.Page == smaller.Page)
        where larger is not null
        select (smallPhase.Name, smaller, larger);

    private static double RatioOf(PageResult larger, PageResult smaller) => ScaleTargets.RatioOf(larger.P95Ms, smaller.P95Ms);

    private static string Num(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
