using System.Globalization;

namespace Paaroerende.Benchmark.Load;

/// <summary>The portal's CPU time and peak working set, read from /proc (Linux) for the portal's process id.</summary>
internal sealed class ProcessMeter(int pid)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>User plus system CPU seconds so far (fields 14 and 15 of /proc/pid/stat).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>The peak resident set (VmHWM) in MB: the most memory the process has held at any moment.</summary>
    public double PeakWorkingSetMb() => StatusKb("VmHWM:") / 1024.0;

    private double StatusKb(string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
