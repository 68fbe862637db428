using System.Collections.Concurrent;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>One running portal per provider for a test class: starting the host, migrating and seeding is the slow part.</summary>
public sealed class PortalFixture : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PortalFactory>>> _factories = new();

    public Task<PortalFactory> ForAsync(string provider) =>
        _factories.GetOrAdd(provider, p => new Lazy<Task<PortalFactory>>(() => PortalFactory.CreateAsync(p))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in _factories.Values.Where(f => f.IsValueCreated))
        {
            await (await factory.Value).DisposeAsync();
        }
    }
}
