using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

/// <summary>
/// Stores the relatives' reads by group commit (docs/adr/0050): a request hands over its entries and waits until they
/// are stored, and the requests waiting at the same moment share one INSERT in one transaction. A read is still never
/// answered before its audit is stored; only the statement and the commit are shared, which were a tenth of the
/// relative's citizen page (docs/performance.md). On a SQLite file they are stored in the reads' queue and moved into
/// the audit log in bulk (<see cref="QueuedAuditReads"/>, docs/adr/0055).
/// </summary>
public sealed partial class AuditReadWriter : IAsyncDisposable
{
    /// <summary>Entries per INSERT at most: eleven values each keeps a statement under SQL Server's 2,100 parameters.</summary>
    internal const int MaxEntriesPerInsert = 150;

    /// <summary>
    /// Queued entries that start a move at once: a second or two of a busy host's reads, so the queue stays a few
    /// pages small and each move's commit is one among many seconds of reads.
    /// </summary>
    internal const int MoveAfterEntries = 2000;

    /// <summary>How long queued entries wait at most before they are moved, on a quiet host.</summary>
    internal static readonly TimeSpan MoveEvery = TimeSpan.FromSeconds(5);

    private readonly TimeSpan _moveEvery;

    private readonly Channel<PendingReads> _waiting =
        Channel.CreateUnbounded<PendingReads>(new UnboundedChannelOptions { SingleReader = true });

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AuditReadWriter> _logger;
    private readonly Task _loop;
    private readonly QueuedAuditReads _queuedReads;
    private readonly SemaphoreSlim _moveNow = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _moves;

    /// <summary>Completed once the mover has moved what a stopped host left queued; the loop stores nothing before.</summary>
    private readonly TaskCompletionSource _leftOversMoved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _queuedSinceMove;
    private int _movesOnThePool;
    private int _moveSignalled;

    /// <summary>The writer's own connection string on a database server (<see cref="OwnConnectionPool"/>); null on SQLite.</summary>
    private readonly string? _ownPool;

    /// <summary>The page reads' way into the queue file on SQLite; null where there is no queue.</summary>
    private readonly QueuedReadsInsert? _queueInsert;

    private readonly bool _onPostgreSql;

    /// <summary>The writer's context on <see cref="_ownPool"/>, kept from batch to batch; made anew after a failure.</summary>
    private PortalDbContext? _ownContext;

    public AuditReadWriter(IServiceScopeFactory scopes, ILogger<AuditReadWriter> logger)
        : this(scopes, logger, MoveEvery)
    {
    }

    /// <summary>A writer that moves the queue every <paramref name="moveEvery"/> (the tests' writers never, by the clock).</summary>
    internal AuditReadWriter(IServiceScopeFactory scopes, ILogger<AuditReadWriter> logger, TimeSpan moveEvery)
    {
        _scopes = scopes;
        _moveEvery = moveEvery;
        _logger = logger;
        using (var scope = scopes.CreateScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
            _ownPool = OwnConnectionPool.ForAuditWriter(settings);
            _onPostgreSql = settings.Provider == DatabaseRegistration.PostgreSqlProvider;
            _queuedReads = scope.ServiceProvider.GetRequiredService<QueuedAuditReads>();
            if (_queuedReads.ConnectionString is { } queue)
            {
                var mappings = scope.ServiceProvider.GetRequiredService<PortalDbContext>().GetService<IRelationalTypeMappingSource>();
                _queueInsert = new QueuedReadsInsert(queue, mappings);
            }
        }

        // The loop outlives the request that first resolves the writer, and must not carry that request's context
        // (its HttpContext, its user) into every later write.
        using (ExecutionContext.SuppressFlow())
        {
            _loop = Task.Run(RunAsync);
            _moves = _queuedReads.ConnectionString is null ? NoMover() : StartMover();
        }
    }

    /// <summary>The batches committed to SQLite's queue file so far; 0 where there is no queue.</summary>
    internal int QueueCommits => _queueInsert?.Commits ?? 0;

    /// <summary>The moves the writer made on its own (at the start, when enough was queued, by the clock) on a thread of the pool.</summary>
    internal int MovesOnThePool => Volatile.Read(ref _movesOnThePool);

    /// <summary>Completes when the entries are stored; fails, for this request alone, when they could not be.</summary>
    public Task WriteAsync(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var pending = new PendingReads(entries);
        ObjectDisposedException.ThrowIf(_loop.IsCompleted || !_waiting.Writer.TryWrite(pending), this);
        return pending.Stored.Task;
    }

    /// <summary>Stores what is still waiting and moves what is queued into the log, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _loop;
        await _stopping.CancelAsync();
        await _moves;
        MoveQueued();
        _queueInsert?.Dispose();
        if (_ownContext is not null)
        {
            await _ownContext.DisposeAsync();
        }

        _stopping.Dispose();
        _moveNow.Dispose();
    }

    private async Task RunAsync()
    {
        // What a stopped host left queued goes into the log before anything new is queued.
        await _leftOversMoved.Task;
        var batch = new List<PendingReads>();
        while (await _waiting.Reader.WaitToReadAsync())
        {
            var entries = 0;
            while (entries < MaxEntriesPerInsert && _waiting.Reader.TryRead(out var next))
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
        if (_ownPool is not null)
        {
            await InsertIntoOwnPoolAsync(entries);
            return;
        }

        if (_queueInsert is null)
        {
            await InsertIntoAsync(entries);
            return;
        }

        // A read of one item (a message thread) goes straight into the log: the relative's next page reads it back.
        var itemReads = entries.Where(e => e.ItemId is not null).ToList();
        var pageReads = itemReads.Count == 0 ? entries : [.. entries.Where(e => e.ItemId is null)];
        if (itemReads.Count > 0)
        {
            await InsertIntoAsync(itemReads);
        }

        if (pageReads.Count > 0)
        {
            if (!_queuedReads.Ready)
            {
                await _queuedReads.MoveAsync();
            }

            _queueInsert.Insert(pageReads);
            Queued(pageReads.Count);
        }
    }

    /// <summary>Into the log over the pages' pooled context (SQLite).</summary>
    private async Task InsertIntoAsync(IReadOnlyList<AuditEntry> entries)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await InsertIntoAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), entries);
    }

    /// <summary>Into the log over the writer's own pool on a database server (<see cref="OwnConnectionPool"/>).</summary>
    private async Task InsertIntoOwnPoolAsync(IReadOnlyList<AuditEntry> entries)
    {
        _ownContext ??= OwnContext();
        try
        {
            if (_onPostgreSql)
            {
                await PostgreSqlAuditInsert.InsertAsync(_ownContext, entries, CancellationToken.None);
            }
            else
            {
                await InsertIntoAsync(_ownContext, entries);
            }
        }
        catch
        {
            // A context whose command failed is not trusted with the next batch.
            await _ownContext.DisposeAsync();
            _ownContext = null;
            throw;
        }
    }

    private static async Task InsertIntoAsync(PortalDbContext db, IReadOnlyList<AuditEntry> entries)
    {
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

    /// <summary>Counts what was queued, and wakes the mover once enough is waiting.</summary>
    private void Queued(int entries)
    {
        if (Interlocked.Add(ref _queuedSinceMove, entries) >= MoveAfterEntries && Interlocked.Exchange(ref _moveSignalled, 1) == 0)
        {
            _moveNow.Release();
        }
    }

    private Task NoMover()
    {
        _leftOversMoved.SetResult();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The mover has a thread of its own: a move is synchronous SQLite work of tens of milliseconds (hundreds after an
    /// idle spell), and on a host of one or two cores the pool that serves the pages has a thread or two. A move on one
    /// of them held up every page behind it (docs/performance.md).
    /// </summary>
    private Task StartMover() =>
        Task.Factory.StartNew(MoveWhileRunning, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Moves what was left queued, then the queue when enough is waiting, or every few seconds when anything is.</summary>
    private void MoveWhileRunning()
    {
        CountIfOnThePool();
        MoveQueued();
        _leftOversMoved.SetResult();
        try
        {
            while (true)
            {
                _moveNow.Wait(_moveEvery, _stopping.Token);
                if (Volatile.Read(ref _queuedSinceMove) > 0)
                {
                    CountIfOnThePool();
                    MoveQueued();
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: DisposeAsync moves what is left.
        }
    }

    private void CountIfOnThePool()
    {
        if (Thread.CurrentThread.IsThreadPoolThread)
        {
            Interlocked.Increment(ref _movesOnThePool);
        }
    }

    private void MoveQueued()
    {
        Volatile.Write(ref _moveSignalled, 0);
        var queued = Interlocked.Exchange(ref _queuedSinceMove, 0);
        try
        {
            _queuedReads.Move();
        }
        catch (Exception ex)
        {
            // The entries stay queued, stored; the next move takes them (and a reader's move waits for none of this).
            Interlocked.Add(ref _queuedSinceMove, queued);
            LogMoveFailed(ex);
        }
    }

    /// <summary>
    /// A context on the writer's own connection pool (<see cref="OwnConnectionPool"/>), so that storing the reads never
    /// queues behind the pages that wait for them: the portal's own options (its interceptors, the append-only guard) on
    /// another connection string. Kept for the next batch: making one for every batch resolved its services again.
    /// </summary>
    private PortalDbContext OwnContext()
    {
        using var scope = _scopes.CreateScope();
        var db = new PortalDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<PortalDbContext>>());
        db.Database.SetConnectionString(_ownPool);
        return db;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing {Requests} requests' audit entries together failed; storing each on its own.")]
    private partial void LogBatchFailed(Exception exception, int requests);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moving the queued reads into the audit log failed; they stay queued for the next move.")]
    private partial void LogMoveFailed(Exception exception);

    private sealed class PendingReads(IReadOnlyList<AuditEntry> entries)
    {
        public IReadOnlyList<AuditEntry> Entries { get; } = entries;

        // Completed on the writer's loop: the waiting request continues on a thread of its own, never inside the loop.
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
