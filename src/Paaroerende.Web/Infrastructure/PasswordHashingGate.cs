using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// At most one password hash per processor core at a time (docs/adr/0013). A hash costs tens of milliseconds of CPU
/// on purpose, so a flood of wrong passwords would otherwise take every core and starve the pages of real users.
/// Waiting for a slot is bounded: after <see cref="PasswordHashingOptions.MaxWait"/> the request fails closed and is
/// asked to try again, it is never let through unhashed.
/// </summary>
public sealed class PasswordHashingGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly AddressTurns _turns = new();

    // Set while a request's page handler holds a slot taken asynchronously by HashesPasswordsAttribute, so the
    // hasher inside it does not queue a second time.
    private readonly AsyncLocal<bool> _held = new();

    public PasswordHashingGate(IOptions<PasswordHashingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MaxConcurrent = options.Value.MaxConcurrent > 0 ? options.Value.MaxConcurrent : Environment.ProcessorCount;
        MaxWait = options.Value.MaxWait;
        _slots = new SemaphoreSlim(MaxConcurrent, MaxConcurrent);
    }

    public int MaxConcurrent { get; }

    public TimeSpan MaxWait { get; }

    /// <summary>Slots free right now (for tests and diagnostics).</summary>
    public int FreeSlots => _slots.CurrentCount;

    /// <summary>Addresses with a sign-in in flight (for tests and diagnostics).</summary>
    public int AddressesInFlight => _turns.Count;

    /// <summary>
    /// Waits asynchronously (no thread blocked) for the client address's turn (<see cref="AddressTurns"/>), then for a
    /// slot, and runs <paramref name="action"/> holding it; false, and nothing run, when the two waits together took
    /// longer than <see cref="MaxWait"/>.
    /// </summary>
    public async Task<bool> TryRunHoldingSlotAsync(string clientAddress, Func<Task> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clientAddress);
        ArgumentNullException.ThrowIfNull(action);
        if (_held.Value)
        {
            await action();
            return true;
        }

        var started = Stopwatch.GetTimestamp();
        using var turn = await _turns.TakeAsync(clientAddress, MaxWait, cancellationToken);
        var left = MaxWait - Stopwatch.GetElapsedTime(started);
        if (turn is null || !await _slots.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken))
        {
            return false;
        }

        try
        {
            _held.Value = true;
            await action();
            return true;
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Runs one hash in a slot: the request's own when it holds one, otherwise a slot waited for here.</summary>
    public T Run<T>(Func<T> hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        if (_held.Value)
        {
            return hash();
        }

        // Only callers outside the marked pages get here (start-up seeding, tests); a blocking wait is acceptable
        // for them, and it is bounded.
        if (!_slots.Wait(MaxWait))
        {
            throw new PasswordHashingBusyException();
        }

        try
        {
            return hash();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}

public sealed class PasswordHashingOptions
{
    public const string Section = "PasswordHashing";

    /// <summary>Hashes at once; 0 means one per processor core.</summary>
    public int MaxConcurrent { get; set; }

    /// <summary>How long a request waits for a free slot before it is asked to try again.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>No hashing slot came free in time; the request was refused rather than let through.</summary>
public sealed class PasswordHashingBusyException : Exception
{
    public PasswordHashingBusyException()
        : base("No password hashing slot came free in time.")
    {
    }

    public PasswordHashingBusyException(string message)
        : base(message)
    {
    }

    public PasswordHashingBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
