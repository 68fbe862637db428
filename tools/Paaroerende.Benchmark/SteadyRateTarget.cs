using Paaroerende.Core.Data;

namespace Paaroerende.Benchmark;

/// <summary>
/// Issue #17's latency limit for the citizen page at a constant 200 requests/s: p99 ≤ 150 ms on SQLite, ≤ 50 ms on
/// PostgreSQL (a server database, whose pages do not wait for each other's writes to one file).
/// </summary>
public static class SteadyRateTarget
{
    public static double P99LimitMs(string database) =>
        BenchmarkCommand.Provider(database) == DatabaseRegistration.PostgreSqlProvider ? 50 : 150;
}
