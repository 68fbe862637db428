using System.CommandLine;
using System.Text.Json;

using Paaroerende.Benchmark.Fill;
using Paaroerende.Benchmark.Load;
using Paaroerende.Core.Data;
using Spectre.Console;

namespace Paaroerende.Benchmark;

/// <summary>
/// The benchmark of issue #7 (docs/performance.md). scripts/benchmark.sh runs the three commands in order: fill a
/// fresh database, run the load against a portal it started, and report every run's tables and the targets.
/// </summary>
internal static class BenchmarkCommand
{
    public static async Task<int> Main(string[] args)
    {
        var db = new Option<string>("--db") { Description = "sqlite or postgresql", Required = true };
        var connection = new Option<string>("--connection") { Description = "ADO.NET connection string of the empty database", Required = true };
        var scale = new Option<int>("--scale") { Description = "1: 10,000 citizens, 1,000,000 audit entries; 10: ten times that", DefaultValueFactory = _ => 1 };
        var manifest = new Option<string>("--manifest") { Description = "file for the sign-ins the load run uses", Required = true };
        var url = new Option<string>("--url") { Description = "the running portal", Required = true };
        var pid = new Option<int>("--portal-pid") { Description = "the portal's process id, for CPU and memory", Required = true };
        var output = new Option<string>("--out") { Description = "JSON file for the results", Required = true };
        var minimalUrl = new Option<string?>("--minimal-url") { Description = "the running minimal page (tools/Paaroerende.MinimalPage), measured as the yardstick of the portal's pipeline" };
        var minimalPid = new Option<int?>("--minimal-pid") { Description = "the minimal page's process id, for its CPU" };
        var warmUp = new Option<int>("--warmup") { Description = "warm-up seconds (issue #7: at least 60)", DefaultValueFactory = _ => 60 };
        var phase = new Option<int>("--phase") { Description = "seconds per measured phase", DefaultValueFactory = _ => 30 };
        var markdown = new Option<string?>("--markdown") { Description = "also write the tables as Markdown to this file" };
        var results = new Argument<string[]>("results") { Description = "JSON result files of the runs" };

        var fill = new Command("fill", "Fill an empty database with the data set of the scale") { db, connection, scale, manifest };
        fill.SetAction(async (parsed, ct) =>
        {
            var settings = new DatabaseSettings(Provider(parsed.GetValue(db)!), parsed.GetValue(connection)!);
            var data = DataSet.ForScale(parsed.GetValue(scale));
            Manifest? filled = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context => filled = await new DataFiller(settings, data).FillAsync(new ConsoleProgress(context), ct));
            await filled!.SaveAsync(parsed.GetValue(manifest)!);
            AnsiConsole.MarkupLine($"[green]Filled[/] {filled.Citizens:N0} citizens, {filled.Relatives:N0} relatives, {filled.Relations:N0} relations.");
            return 0;
        });

        var run = new Command("run", "Drive the running portal and measure") { db, scale, manifest, url, pid, output, warmUp, phase, minimalUrl, minimalPid };
        run.SetAction(async (parsed, ct) =>
        {
            var options = new LoadOptions(WarmUpSeconds: parsed.GetValue(warmUp), PhaseSeconds: parsed.GetValue(phase));
            var minimal = parsed.GetValue(minimalUrl) is { } minimalAddress
                ? new MinimalPage(new Uri(minimalAddress, UriKind.Absolute),
                    new ProcessMeter(parsed.GetValue(minimalPid) ?? throw new ArgumentException("--minimal-url needs --minimal-pid.")))
                : null;
            var load = new LoadRun(new Uri(parsed.GetValue(url)!, UriKind.Absolute), await Manifest.LoadAsync(parsed.GetValue(manifest)!),
                new ProcessMeter(parsed.GetValue(pid)), options, message => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]"), minimal);
            var result = await load.RunAsync(parsed.GetValue(db)!, parsed.GetValue(scale), ct);
            await File.WriteAllTextAsync(parsed.GetValue(output)!, JsonSerializer.Serialize(result, JsonOptions.Indented), ct);
            Report.Print([result]);
            return 0;
        });

        var scaleResults = new Option<string[]>("--scales")
        {
            Description = "JSON result files of compare-scales", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [],
        };
        var report = new Command("report", "Tables and targets across runs") { results, markdown, scaleResults };
        report.SetAction(async (parsed, ct) =>
        {
            var runs = new List<RunResult>();
            foreach (var file in parsed.GetValue(results)!)
            {
                runs.Add(JsonSerializer.Deserialize<RunResult>(await File.ReadAllTextAsync(file, ct), JsonOptions.Indented)!);
            }

            var scales = new List<ScaleComparisonResult>();
            foreach (var file in parsed.GetValue(scaleResults)!)
            {
                scales.Add(JsonSerializer.Deserialize<ScaleComparisonResult>(await File.ReadAllTextAsync(file, ct), JsonOptions.Indented)!);
            }

            Report.Print(runs, scales);
            if (parsed.GetValue(markdown) is { } path)
            {
                await File.WriteAllTextAsync(path, Report.Markdown(runs, scales), ct);
            }

            return 0;
        });

        var balancer = new Option<string>("--balancer") { Description = "the cluster's address (scripts/cluster.sh)", Required = true };
        var seconds = new Option<int>("--seconds") { Description = "how long to drive the load", DefaultValueFactory = _ => 60 };
        var users = new Option<int>("--users") { Description = "virtual users (a third staff, two thirds relatives)", DefaultValueFactory = _ => 9 };
        var events = new Option<string>("--events") { Description = "the script's event file (kill, restarted, pg-restart, pg-up)", Required = true };
        var runId = new Option<string>("--run-id") { Description = "prefix of every written token", Required = true };
        var cluster = new Command("cluster", "Read and write through the balancer while the script injects faults; check every acknowledged write")
            { balancer, connection, seconds, users, events, runId, output };
        cluster.SetAction(async (parsed, ct) =>
        {
            var load = new Cluster.ClusterLoad(new Cluster.ClusterLoadOptions(
                new Uri(parsed.GetValue(balancer)!, UriKind.Absolute), parsed.GetValue(connection)!, parsed.GetValue(seconds),
                parsed.GetValue(users), parsed.GetValue(events)!, parsed.GetValue(runId)!, SignInLimit: 30),
                message => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]"));
            var result = await load.RunAsync(ct);
            await File.WriteAllTextAsync(parsed.GetValue(output)!, result.Markdown(), ct);
            Console.WriteLine(result.Markdown());
            foreach (var line in result.Lost.Concat(result.OtherErrors).Take(40))
            {
                Console.WriteLine(line);
            }

            return result.Holds ? 0 : 1;
        });

        var throughput = new Command("throughput", "Relatives' citizen pages in a closed loop: requests per second")
            { balancer, seconds, users };
        throughput.SetAction(async (parsed, ct) =>
        {
            var perSecond = await Cluster.ClusterThroughput.MeasureAsync(
                new Uri(parsed.GetValue(balancer)!, UriKind.Absolute), parsed.GetValue(seconds), parsed.GetValue(users), ct);
            Console.WriteLine(perSecond.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        });

        var portals = new Option<string[]>("--portal")
        {
            Description = "a running portal as URL,PID (two or more: a build of main and experiment builds)", Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var rounds = new Option<int>("--rounds") { Description = "rounds of slices; each starts with the next portal", DefaultValueFactory = _ => 6 };
        var slice = new Option<int>("--slice") { Description = "seconds per slice of one page on one portal", DefaultValueFactory = _ => 10 };
        var compare = new Command("compare", "A/B rounds: the citizen, start and baseline pages on two or more running portals in rotating slices")
            { manifest, portals, rounds, slice, warmUp };
        compare.SetAction(async (parsed, ct) =>
        {
            var compared = parsed.GetValue(portals)!.Select(ComparedPortalOf).ToList();
            var comparison = new PortalComparison(compared, await Manifest.LoadAsync(parsed.GetValue(manifest)!), new LoadOptions(),
                message => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]"));
            var pages = await comparison.RunAsync(
                [LoadRun.CitizenPage, LoadRun.StartPage, LoadRun.Baseline], parsed.GetValue(rounds), parsed.GetValue(slice), parsed.GetValue(warmUp), ct);
            Report.PrintComparison(compared.Select(p => p.Url.ToString()).ToList(), pages);
            return 0;
        });

        var smallPortal = new Option<string>("--small") { Description = "the smaller scale's portal as URL,PID,MANIFEST", Required = true };
        var largePortal = new Option<string>("--large") { Description = "the larger scale's portal as URL,PID,MANIFEST", Required = true };
        var smallScale = new Option<int>("--small-scale") { Description = "the smaller scale", DefaultValueFactory = _ => 1 };
        var largeScale = new Option<int>("--large-scale") { Description = "the larger scale", DefaultValueFactory = _ => 10 };
        var compareScales = new Command("compare-scales", "The mix and the constant rate on two scales' portals in alternating slices")
            { db, smallPortal, largePortal, smallScale, largeScale, rounds, slice, warmUp, output };
        compareScales.SetAction(async (parsed, ct) =>
        {
            var comparison = new ScaleComparison(parsed.GetValue(db)!,
                await ScalePortalOfAsync(parsed.GetValue(smallScale), parsed.GetValue(smallPortal)!),
                await ScalePortalOfAsync(parsed.GetValue(largeScale), parsed.GetValue(largePortal)!),
                new LoadOptions(), message => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]"));
            var result = await comparison.RunAsync(parsed.GetValue(rounds), parsed.GetValue(slice), parsed.GetValue(warmUp), ct);
            await File.WriteAllTextAsync(parsed.GetValue(output)!, JsonSerializer.Serialize(result, JsonOptions.Indented), ct);
            Report.Print([], [result]);
            return 0;
        });

        return await new RootCommand("Pårørendeportalen benchmark (issue #7)") { fill, run, report, cluster, throughput, compare, compareScales }
            .Parse(args).InvokeAsync();
    }

    private static async Task<ScalePortal> ScalePortalOfAsync(int scale, string value)
    {
        var parts = value.Split(',', 3);
        return parts.Length == 3
            ? new ScalePortal(scale, ComparedPortalOf($"{parts[0]},{parts[1]}"), await Manifest.LoadAsync(parts[2]))
            : throw new ArgumentException($"--small and --large take URL,PID,MANIFEST, not {value}.");
    }

    private static ComparedPortal ComparedPortalOf(string value)
    {
        var parts = value.Split(',');
        return parts.Length == 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var pid)
            ? new ComparedPortal(new Uri(parts[0], UriKind.Absolute), pid)
            : throw new ArgumentException($"--portal takes URL,PID, not {value}.");
    }

    /// <summary>The portal's provider for a --db name (as the runs and the report name their database).</summary>
    internal static string Provider(string db) => db.ToUpperInvariant() switch
    {
        "SQLITE" => DatabaseRegistration.SqliteProvider,
        "POSTGRESQL" => DatabaseRegistration.PostgreSqlProvider,
        _ => throw new ArgumentException($"--db must be sqlite or postgresql, not {db}."),
    };
}


internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}

internal sealed class ConsoleProgress(ProgressContext context) : IFillProgress
{
    public Action<int> Start(string stepName, int total)
    {
        var task = context.AddTask(stepName, maxValue: Math.Max(1, total));
        return written => task.Increment(written);
    }
}
