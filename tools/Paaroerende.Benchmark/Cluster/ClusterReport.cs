using System.Globalization;
using System.Text;

namespace Paaroerende.Benchmark.Cluster;

/// <summary>
/// What `scripts/cluster.sh --load` found: acknowledged writes and whether each is in the database, failed requests by
/// cause, and whether one address got more sign-in posts through than the single limit.
/// </summary>
internal sealed record ClusterReport(
    int Requests, double Seconds, IReadOnlyDictionary<string, int> Acknowledged, IReadOnlyList<string> Lost,
    int InFlightAtKill, int DuringDatabaseRestart, IReadOnlyList<string> OtherErrors, int SignInsGranted, int SignInLimit,
    IReadOnlyDictionary<string, DateTimeOffset> Events)
{
    /// <summary>
    /// How long after the database is back a failed request still counts as the restart's: the pool's connections from
    /// before it are found broken on their next use.
    /// </summary>
    private static readonly TimeSpan AfterDatabaseRestart = TimeSpan.FromSeconds(2);

    public bool Holds => Lost.Count == 0 && OtherErrors.Count == 0 && SignInsGranted <= SignInLimit;

    public static ClusterReport Of(
        DateTimeOffset started, IReadOnlyList<Outcome> outcomes, IReadOnlyList<(string Kind, string Token)> acknowledged,
        IReadOnlyList<(string Kind, string Token)> missing, IReadOnlyDictionary<string, DateTimeOffset> events,
        int signInsGranted, int signInLimit)
    {
        var failed = outcomes.Where(o => o.Error is not null).ToList();
        // In flight at the kill: sent before the process was gone (the script notes both moments) and not answered.
        var (kill, killed) = (events.GetValueOrDefault("kill"), events.GetValueOrDefault("killed", events.GetValueOrDefault("kill")));
        var inFlight = failed.Where(o => events.ContainsKey("kill") && o.Start <= killed && o.End >= kill).ToList();
        var (pgDown, pgUp) = (events.GetValueOrDefault("pg-restart"), events.GetValueOrDefault("pg-up"));
        var restart = failed.Except(inFlight)
            .Where(o => events.ContainsKey("pg-restart") && o.End >= pgDown && o.Start <= pgUp + AfterDatabaseRestart).ToList();
        var other = failed.Except(inFlight).Except(restart).OrderBy(o => o.Start)
            .Select(o => $"{o.Start:HH:mm:ss.fff} {o.What}: {o.Error}").ToList();
        var end = outcomes.Count == 0 ? started : outcomes.Max(o => o.End);
        return new ClusterReport(
            outcomes.Count, (end - started).TotalSeconds,
            acknowledged.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Count()),
            [.. missing.Select(m => $"{m.Kind} {m.Token}")], inFlight.Count, restart.Count, other, signInsGranted, signInLimit, events);
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"| | |").AppendLine("|---|---|");
        text.AppendLine(c, $"| requests through the balancer | {Requests} in {Seconds:F0} s ({Requests / Math.Max(1, Seconds):F1}/s) |");
        foreach (var (kind, count) in Acknowledged.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.AppendLine(c, $"| acknowledged writes: {kind} | {count} |");
        }

        text.AppendLine(c, $"| acknowledged writes missing from the database | **{Lost.Count}** |");
        text.AppendLine(c, $"| failed requests in flight at the kill | {InFlightAtKill} |");
        text.AppendLine(c, $"| failed requests while PostgreSQL restarted | {DuringDatabaseRestart} |");
        text.AppendLine(c, $"| other failed requests | **{OtherErrors.Count}** |");
        text.AppendLine(c, $"| wrong sign-in posts from one address let through (limit {SignInLimit}: the per-minute limit once for each minute window the burst touched) | **{SignInsGranted}** |");
        foreach (var (name, at) in Events.OrderBy(e => e.Value))
        {
            text.AppendLine(c, $"| event: {name} | {at:HH:mm:ss.fff} UTC |");
        }

        return text.ToString();
    }
}
