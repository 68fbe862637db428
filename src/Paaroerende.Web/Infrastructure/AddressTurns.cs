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

    /// <summary>
    /// Waits for the address's turn: the turn, to be disposed when the attempt is done, or null when it did not come
    /// within <paramref name="timeout"/>. Either way the address is forgotten once no attempt of it is in flight.
    /// </summary>
    public async Task<Turn?> TakeAsync(string address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var turn = Enter(address);
        var taken = false;
        try
        {
            taken = await turn.WaitAsync(timeout, cancellationToken);
            return taken ? turn : null;
        }
        finally
        {
            if (!taken)
            {
                Leave(turn);
            }
        }
    }

    private Turn Enter(string address)
    {
        lock (_lock)
        {
            if (!_turns.TryGetValue(address, out var turn))
            {
                turn = new Turn(this, address);
                _turns[address] = turn;
            }

            turn.Attempts++;
            return turn;
        }
    }

    private void Leave(Turn turn)
    {
        lock (_lock)
        {
            if (--turn.Attempts == 0)
            {
                _turns.Remove(turn.Address);
                turn.Forget();
            }
        }
    }

    /// <summary>An address's turn; disposing it gives the turn to the address's next attempt.</summary>
    internal sealed class Turn(AddressTurns owner, string address) : IDisposable
    {
        private readonly SemaphoreSlim _one = new(1, 1);

        public string Address { get; } = address;

        /// <summary>Attempts of the address in flight; changed only under the owner's lock.</summary>
        public int Attempts { get; set; }

        public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _one.WaitAsync(timeout, cancellationToken);

        public void Dispose()
        {
            _one.Release();
            owner.Leave(this);
        }

        /// <summary>Called by the owner, under its lock, when the address's last attempt has left.</summary>
        public void Forget() => _one.Dispose();
    }
}
