using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>A database the test made itself and removes itself (a throwaway cluster, a SQLite file in its own folder).</summary>
public sealed class ExistingDatabase(string provider, string connectionString) : TestDatabase
{
    public override DatabaseSettings Settings { get; } = new(provider, connectionString);

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
