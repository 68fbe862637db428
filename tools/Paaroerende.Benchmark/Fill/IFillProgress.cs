namespace Paaroerende.Benchmark.Fill;

/// <summary>Where the filler reports its steps: a progress bar in the console, nothing in the CI test.</summary>
public interface IFillProgress
{
    /// <summary>Starts a step of <paramref name="total"/> rows; the returned action is called with each batch written.</summary>
    Action<int> Start(string stepName, int total);
}

public sealed class NoProgress : IFillProgress
{
    public Action<int> Start(string stepName, int total) => _ => { };
}
