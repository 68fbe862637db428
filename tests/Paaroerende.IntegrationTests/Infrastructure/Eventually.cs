namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Waits for something a background service does (the outbox sender), failing the test after a timeout.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static async Task<T> HappensAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Waited in vain for: {what}");
    }

    public static Task HappensAsync(Func<Task<bool>> probe, string what, TimeSpan? timeout = null) =>
        HappensAsync<object>(async () => await probe() ? new object() : null, what, timeout);
}
