using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>One migrated, empty database per provider for a test class; tests add rows with fresh ids.</summary>
public sealed class MigratedDatabases : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TestDatabase>>> _databases = new();

    public async Task<PortalDbContext> ContextAsync(string provider) =>
        (await DatabaseAsync(provider)).CreateContext();

    public Task<TestDatabase> DatabaseAsync(string provider) =>
        _databases.GetOrAdd(provider, p => new Lazy<Task<TestDatabase>>(() => CreateAsync(p))).Value;

    private static async Task<TestDatabase> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();
        return database;
    }

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
