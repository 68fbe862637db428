using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// Two portal processes, A and B, over one PostgreSQL database with one key-encryption key, for a test class: starting
/// a process (migrations, demo seed) is the slow part. B starts once A is up, as in a rolling deployment.
/// </summary>
public sealed class TwoPortals : IAsyncLifetime
{
    private TestDatabase? _database;
    private PortalProcess? _a;
    private PortalProcess? _b;

    public string KeyEncryptionKey { get; } = PortalProcess.NewKeyEncryptionKey();

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not started.");

    public PortalProcess A => _a ?? throw new InvalidOperationException("Not started.");

    public PortalProcess B => _b ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProviders.PostgreSql);
        _a = await PortalProcess.StartAsync(_database.Settings, KeyEncryptionKey);
        _b = await PortalProcess.StartAsync(_database.Settings, KeyEncryptionKey);
    }

    public async Task DisposeAsync()
    {
        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
