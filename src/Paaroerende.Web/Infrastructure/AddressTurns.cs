namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// One turn per client address at the <see cref="PasswordHashingGate"/>: of the attempts one address has in flight,
/// only one waits for a hashing slot, the others wait behind it. So a burst from one address (an attacker's attempts
/// that the rate limit let through together) queues for the slots one attempt at a time, and a sign-in from any other
/// address waits for at most one of them per slot, not for the whole burst (docs/adr/0013). An address is kept only
/// while it has attempts in flight.
/// </summary>
internal sealed class AddressTurns
{
    private readonly Dictionary<string, Turn> _turns = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Addresses with an attempt in flight (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _turns.Count;
            }
        }
    }

    /// <summary>Counts the attempt in for its address; every <see cref="Enter"/> must be followed by <see cref="Leave"/>.</summary>
    public Turn Enter(string address)
    {
        lock (_lock)
        {
            if (!_turns.TryGetValue(address, out var turn))
            {
                turn = new Turn();
                _turns[address] = turn;
            }

            turn.Attempts++;
            return turn;
        }
    }

    public void Leave(string address, Turn turn)
    {
        lock (_lock)
        {
            if (--turn.Attempts == 0)
            {
                _turns.Remove(address);
                turn.Dispose();
            }
        }
    }

    internal sealed class Turn : IDisposable
    {
        private readonly SemaphoreSlim _one = new(1, 1);

        /// <summary>Attempts of the address in flight; changed only under the owner's lock.</summary>
        public int Attempts { get; set; }

        public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
            _one.WaitAsync(timeout, cancellationToken);

        public void Release() => _one.Release();

        public void Dispose() => _one.Dispose();
    }
}
