using System.Collections.Concurrent;

namespace Paaroerende.Benchmark.Load;

/// <summary>Latencies and errors per page during one phase.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly Recorder? _target;
    private readonly double _lateMs;

    public Recorder()
    {
    }

    private Recorder(Recorder target, double lateMs) => (_target, _lateMs) = (target, lateMs);

    /// <summary>
    /// Records into this recorder with the time a request started after it was due added, so an open-loop run counts
    /// from when each request should have gone out (no coordinated omission).
    /// </summary>
    public Recorder Late(double milliseconds) => new(this, Math.Max(0, milliseconds));

    public void Record(string page, double milliseconds, bool ok)
    {
        if (_target is not null)
        {
            _target.Record(page, milliseconds + _lateMs, ok);
            return;
        }

        _latencies.GetOrAdd(page, _ => new ConcurrentQueue<double>()).Enqueue(milliseconds);
        if (!ok)
        {
            _errors.AddOrUpdate(page, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Requests recorded so far, on every page.</summary>
    public int Count => _latencies.Values.Sum(q => q.Count);

    public IReadOnlyList<PageResult> Results(string phase, double seconds) =>
        [.. _latencies.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var sorted = p.Value.Order().ToArray();
            return new PageResult(
                phase, p.Key, sorted.Length, _errors.GetValueOrDefault(p.Key), Percentile(sorted, 0.50), Percentile(sorted, 0.95),
                Percentile(sorted, 0.99), Math.Round(sorted.Length / seconds, 1));
        })];

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
}

public sealed record PageResult(
    string Phase, string Page, int Requests, int Errors, double P50Ms, double P95Ms, double P99Ms, double RequestsPerSecond);
