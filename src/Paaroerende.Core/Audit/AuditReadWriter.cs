using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

/// <summary>
/// Stores the relatives' reads by group commit (docs/adr/0050): a request hands over its entries and waits until they
/// are stored, and the requests waiting at the same moment share one INSERT in one transaction. A read is still never
/// answered before its audit is stored; only the statement and the commit are shared, which were a tenth of the
/// relative's citizen page (docs/performance.md).
/// </summary>
public sealed partial class AuditReadWriter : IAsyncDisposable
{
    /// <summary>Entries per INSERT at most: eleven values each keeps a statement under SQL Server's 2,100 parameters.</summary>
    internal const int MaxEntriesPerInsert = 150;

    private readonly Channel<PendingReads> _queue =
        Channel.CreateUnbounded<PendingReads>(new UnboundedChannelOptions { SingleReader = true });

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AuditReadWriter> _logger;
    private readonly Task _loop;

    /// <summary>The writer's own connection string on a database server (<see cref="OwnConnectionPool"/>); null on SQLite.</summary>
    private readonly string? _ownPool;

    public AuditReadWriter(IServiceScopeFactory scopes, ILogger<AuditReadWriter> logger)
    {
        _scopes = scopes;
        _logger = logger;
        using (var scope = scopes.CreateScope())
        {
            _ownPool = OwnConnectionPool.ForAuditWriter(scope.ServiceProvider.GetRequiredService<DatabaseSettings>());
        }

        // The loop outlives the request that first resolves the writer, and must not carry that request's context
        // (its HttpContext, its user) into every later write.
        using (ExecutionContext.SuppressFlow())
        {
            _loop = Task.Run(RunAsync);
        }
    }

    /// <summary>Completes when the entries are stored; fails, for this request alone, when they could not be.</summary>
    public Task WriteAsync(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var pending = new PendingReads(entries);
        ObjectDisposedException.ThrowIf(_loop.IsCompleted || !_queue.Writer.TryWrite(pending), this);
        return pending.Stored.Task;
    }

    /// <summary>Stores what is still waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingReads>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            var entries = 0;
            while (entries < MaxEntriesPerInsert && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
                entries += next.Entries.Count;
            }

            await StoreAsync(batch);
            batch.Clear();
        }
    }

    private async Task StoreAsync(List<PendingReads> batch)
    {
        try
        {
            await InsertAsync([.. batch.SelectMany(p => p.Entries)]);
            batch.ForEach(p => p.Stored.TrySetResult());
        }
        catch (Exception ex) when (batch.Count > 1 && !DatabaseUnreachable.Is(ex))
        {
            // One request's entries must never cost another request its read: each is tried on its own, so only the
            // one that cannot be stored fails.
            LogBatchFailed(ex, batch.Count);
            foreach (var pending in batch)
            {
                await StoreAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            // Alone, or the database busy or away: trying each again would only make the next requests wait longer
            // (SQLite waits up to its busy timeout each time), so all of them fail now, as each would have on its own.
            batch.ForEach(p => p.Stored.TrySetException(ex));
        }
    }

    private async Task InsertAsync(IReadOnlyList<AuditEntry> entries)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await using var own = OwnPoolContext(scope.ServiceProvider);
        var db = own ?? scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (entries.Count <= MaxEntriesPerInsert)
        {
            await AuditInsert.InsertAsync(db, entries, CancellationToken.None);
            return;
        }

        // A single page that read more than one INSERT holds (a start page with many citizens): all or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var chunk in entries.Chunk(MaxEntriesPerInsert))
        {
            await AuditInsert.InsertAsync(db, chunk, CancellationToken.None);
        }

        await transaction.CommitAsync();
    }

    /// <summary>
    /// On a database server, a context on the writer's own connection pool (<see cref="OwnConnectionPool"/>), so that
    /// storing the reads never queues behind the pages that wait for them; null on SQLite, where the pages' pooled
    /// context serves.
    /// </summary>
    private PortalDbContext? OwnPoolContext(IServiceProvider services)
    {
        if (_ownPool is null)
        {
            return null;
        }

        // The portal's own options (its interceptors, the append-only guard) on another connection string.
        var db = new PortalDbContext(services.GetRequiredService<DbContextOptions<PortalDbContext>>());
        db.Database.SetConnectionString(_ownPool);
        return db;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing {Requests} requests' audit entries together failed; storing each on its own.")]
    private partial void LogBatchFailed(Exception exception, int requests);

    private sealed class PendingReads(IReadOnlyList<AuditEntry> entries)
    {
        public IReadOnlyList<AuditEntry> Entries { get; } = entries;

        // Completed on the writer's loop: the waiting request continues on a thread of its own, never inside the loop.
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
