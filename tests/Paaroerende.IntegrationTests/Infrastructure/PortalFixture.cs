using System.Collections.Concurrent;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>One running portal per provider for a test class: starting the host, migrating and seeding is the slow part.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PortalFactory>>> _factories = new();

    public Task<PortalFactory> ForAsync(string provider) =>
        _factories.GetOrAdd(provider, p => new Lazy<Task<PortalFactory>>(() => PortalFactory.CreateAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Through <see cref="IAsyncLifetime"/>: xunit 2 never calls <see cref="IAsyncDisposable"/> on a fixture, and the hosts kept running and the files stayed in the temporary folder.</summary>
    public async Task DisposeAsync()
    {
        foreach (var factory in _factories.Values.Where(f => f.IsValueCreated))
        {
            await (await factory.Value).DisposeAsync();
        }
    }
}
