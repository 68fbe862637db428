using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Audit;

/// <summary>
/// The relatives' reads are stored by group commit (docs/adr/0050): what waits at the same moment shares one INSERT,
/// every read is stored before its caller goes on, one faulty request fails alone, and the writer's loop carries no
/// request's context.
/// </summary>
public sealed class AuditReadWriterTests
{
    private const int Reads = 40;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reads_waiting_together_share_an_insert_and_every_one_is_stored(string provider)
    {
        var counter = new AuditInsertCounter();
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false, services: counter.Register);
        var writer = factory.Services.GetRequiredService<AuditReadWriter>();
        var actor = $"group-{Guid.NewGuid():N}";

        var stored = Enumerable.Range(0, Reads).Select(_ => writer.WriteAsync(ThreadReads(actor, 2))).ToList();
        await Task.WhenAll(stored);

        Assert.Equal(Reads * 2, await AuditReads.CountAsync(factory, actor));
        Assert.InRange(counter.Inserts, 1, Reads / 4);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_entry_that_cannot_be_stored_fails_only_its_own_read(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false);
        var writer = factory.Services.GetRequiredService<AuditReadWriter>();
        var actor = $"faulty-{Guid.NewGuid():N}";
        await writer.WriteAsync(AuditReads.By(actor, 1));

        // An entry without its actor breaks a NOT NULL column (in the log and in SQLite's queue alike): that read must
        // fail, and the reads around it must not.
        var faulty = AuditReads.By(actor, 1);
        faulty[0].ActorUserId = null!;
        var before = writer.WriteAsync(AuditReads.By(actor, 3));
        var refused = writer.WriteAsync(faulty);
        var after = writer.WriteAsync(AuditReads.By(actor, 2));

        await before;
        await after;
        await Assert.ThrowsAnyAsync<DbException>(() => refused);
        Assert.Equal(1 + 3 + 2, await AuditReads.CountAsync(factory, actor));
    }

    /// <summary>
    /// When the database cannot be used (here a timeout, as a busy SQLite file or an unreachable server gives), the
    /// requests that waited together fail together and are not tried again one by one, which would only keep every
    /// later read waiting (SQLite waits out its busy timeout on each try).
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reads_that_fail_because_the_database_is_unreachable_are_not_tried_again_one_by_one(string provider)
    {
        var counter = new AuditInsertCounter { Unreachable = true };
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false, services: counter.Register);
        var writer = factory.Services.GetRequiredService<AuditReadWriter>();
        var actor = $"unreachable-{Guid.NewGuid():N}";

        // The first read holds the writer (as in a busy wait) while four more arrive: those four wait together.
        var first = writer.WriteAsync(ThreadReads(actor, 1));
        await counter.FirstInsertStarted.Task;
        var together = Enumerable.Range(0, 4).Select(_ => writer.WriteAsync(ThreadReads(actor, 1))).ToList();
        counter.LetFirstInsertGo.SetResult();

        await Assert.ThrowsAsync<TimeoutException>(() => first);
        foreach (var read in together)
        {
            await Assert.ThrowsAsync<TimeoutException>(() => read);
        }

        Assert.Equal(2, counter.Inserts);
    }

    /// <summary>
    /// A start page with many citizens reads more entries than one multi-row INSERT holds: stored whole, as pages and
    /// thread reads alike (SQLite's queue and log, PostgreSQL's one statement of arrays).
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_page_that_read_more_than_one_insert_holds_is_stored_whole(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false);
        var writer = factory.Services.GetRequiredService<AuditReadWriter>();
        var actor = $"many-{Guid.NewGuid():N}";
        var entries = (2 * AuditReadWriter.MaxEntriesPerInsert) + 1;

        await writer.WriteAsync([.. AuditReads.By(actor, entries), .. ThreadReads(actor, entries)]);

        Assert.Equal(2 * entries, await AuditReads.CountAsync(factory, actor));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_writer_carries_no_context_of_the_caller_that_created_it(string provider)
    {
        var counter = new AuditInsertCounter();
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false, services: counter.Register);

        // As when the first request of a host's life resolves the writer.
        AuditInsertCounter.Caller.Value = "the first request";
        await using var writer = new AuditReadWriter(
            factory.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<AuditReadWriter>.Instance);
        AuditInsertCounter.Caller.Value = null;
        await writer.WriteAsync(ThreadReads($"context-{Guid.NewGuid():N}", 1));

        Assert.Equal(1, counter.Inserts);
        Assert.Null(counter.LastCaller);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reads_still_waiting_when_the_writer_stops_are_stored(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false);
        var actor = $"stop-{Guid.NewGuid():N}";
        var writer = new AuditReadWriter(factory.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<AuditReadWriter>.Instance);

        var stored = Enumerable.Range(0, Reads).Select(_ => writer.WriteAsync(AuditReads.By(actor, 1))).ToList();
        await writer.DisposeAsync();

        Assert.All(stored, s => Assert.True(s.IsCompletedSuccessfully));
        Assert.Equal(Reads, await AuditReads.CountAsync(factory, actor));
        Assert.Throws<ObjectDisposedException>(() => { _ = writer.WriteAsync(AuditReads.By(actor, 1)); });
    }

    /// <summary>
    /// Under a burst every pooled connection can be taken by pages while hundreds more wait for one, and each of those
    /// pages then waits for its audit: a writer queueing for a connection behind them answered about fifty pages every
    /// five seconds (docs/performance.md, "The audit writer's own connection"). On a database server the writer has a
    /// pool of its own, so it stores reads while the pages' pool is exhausted.
    /// </summary>
    [Fact]
    public async Task Reads_are_stored_while_every_connection_of_the_pages_is_taken()
    {
        var database = await TestDatabase.CreateAsync(DatabaseRegistration.PostgreSqlProvider);
        var onePageConnection = database.Settings with
        {
            ConnectionString = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString) { MaxPoolSize = 1, Timeout = 3 }
                .ConnectionString,
        };
        await using var factory = new PortalFactory(database, demoData: false, services: s => s.AddSingleton(onePageConnection));
        _ = factory.Server;
        var writer = factory.Services.GetRequiredService<AuditReadWriter>();
        var actor = $"exhausted-{Guid.NewGuid():N}";

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var page = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await page.Database.OpenConnectionAsync();
            await writer.WriteAsync(AuditReads.By(actor, 3));
            await page.Database.CloseConnectionAsync();
        }

        Assert.Equal(3, await AuditReads.CountAsync(factory, actor));
    }

    /// <summary>
    /// Reads of a message thread: they go through the writer's loop into the log by EF on every database, so the
    /// counter below sees each INSERT (page reads go to SQLite's queue file by a prepared statement of the writer's own,
    /// which the counter does not see; <c>QueuedAuditReadsTests</c> holds what is stored there).
    /// </summary>
    private static List<AuditEntry> ThreadReads(string actor, int count)
    {
        var reads = AuditReads.By(actor, count);
        reads.ForEach(r => r.ItemId = Guid.NewGuid());
        return reads;
    }

    /// <summary>Counts the audit INSERTs the portal sends, and which caller's context each ran in.</summary>
    private sealed class AuditInsertCounter : DbCommandInterceptor
    {
        public static readonly AsyncLocal<string?> Caller = new();

        private int _inserts;

        public int Inserts => Volatile.Read(ref _inserts);

        public string? LastCaller { get; private set; }

        /// <summary>When set, every audit INSERT fails as an unreachable database does; the first waits for the test.</summary>
        public bool Unreachable { get; init; }

        public TaskCompletionSource FirstInsertStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource LetFirstInsertGo { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Register(IServiceCollection services) =>
            services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(this));

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.StartsWith("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal))
            {
                return result;
            }

            var number = Interlocked.Increment(ref _inserts);
            LastCaller = Caller.Value;
            if (Unreachable)
            {
                if (number == 1)
                {
                    FirstInsertStarted.SetResult();
                    await LetFirstInsertGo.Task;
                }

                throw new TimeoutException("The test's database does not answer.");
            }

            return result;
        }
    }
}
