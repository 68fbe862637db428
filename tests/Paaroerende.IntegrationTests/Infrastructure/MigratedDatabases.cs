using System.Collections.Concurrent;
using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>One migrated, empty database per provider for a test class; tests add rows with fresh ids.</summary>
public sealed class MigratedDatabases : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TestDatabase>>> _databases = new();

    public async Task<PortalDbContext> ContextAsync(string provider) =>
        (await DatabaseAsync(provider)).CreateContext();

    public Task<TestDatabase> DatabaseAsync(string provider) =>
        _databases.GetOrAdd(provider, p => new Lazy<Task<TestDatabase>>(() => TestDatabase.CreateAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Through <see cref="IAsyncLifetime"/>: xunit 2 never calls <see cref="IAsyncDisposable"/> on a fixture, and the databases stayed behind.</summary>
    public async Task DisposeAsync()
    {
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated))
        {
            await (await database.Value).DisposeAsync();
        }
    }
}
