namespace Paaroerende.Benchmark.Load;

/// <summary>
/// A phase measured in one or more slices (a phase on its own is one slice; the pages the targets compare are three,
/// taken in turn with the other pages: docs/performance.md, "Interleaved rounds"): its requests, seconds and CPU
/// seconds are summed over the slices, so its requests per second and CPU share are those of all its slices together.
/// On a machine whose speed drifts by half within minutes, and with the JIT still tiering up 100 s into a load, pages
/// measured one after the other were compared at different moments; pages measured in alternating slices see the same
/// moments.
/// </summary>
public sealed class InterleavedPhase(string name)
{
    private readonly List<double> _sliceRates = [];
    private double _seconds;
    private double _cpuSeconds;
    private int _requestsBefore;

    public string Name { get; } = name;

    internal Recorder Recorder { get; } = new();

    /// <summary>Adds one slice: how long it ran and how much CPU the measured process used meanwhile.</summary>
    public void AddSlice(double seconds, double cpuSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds);
        ArgumentOutOfRangeException.ThrowIfNegative(cpuSeconds);
        _seconds += seconds;
        _cpuSeconds += cpuSeconds;
        var requests = Recorder.Count;
        _sliceRates.Add(Math.Round((requests - _requestsBefore) / seconds, 1));
        _requestsBefore = requests;
    }

    /// <summary>Each slice's requests/s, in order (the requests recorded since the slice before it): the rounds' spread.</summary>
    public IReadOnlyList<double> SliceRates => _sliceRates;

    /// <summary>Records one request of the phase (for the tests; the load records through <see cref="Recorder"/>).</summary>
    public void Record(string page, double milliseconds, bool ok) => Recorder.Record(page, milliseconds, ok);

    public PhaseResult Result()
    {
        if (_seconds <= 0)
        {
            throw new InvalidOperationException($"{Name} has no slice yet.");
        }

        return new PhaseResult(Name, Math.Round(_seconds, 1), Math.Round(_cpuSeconds / _seconds * 100, 1), Recorder.Results(Name, _seconds));
    }
}
