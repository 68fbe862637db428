using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Tenancy;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Data;

/// <summary>
/// The SQLite reads run on kept connections with their statements prepared once (ADR 0051): a repeat is not prepared
/// again, every run reads what is committed at that moment, a read inside a transaction stays on the transaction's own
/// connection, a write is never served, and reads running at once each get their own answer.
/// </summary>
public sealed class SqliteStatementCacheTests
{
    [Fact]
    public async Task A_repeated_query_is_prepared_once_and_answers_with_its_own_parameters()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        var cache = CacheOf(factory);
        var actors = Enumerable.Range(0, 20).Select(i => $"repeat-{i}-{Guid.NewGuid():N}").ToList();
        await factory.WithDbAsync(db => { db.AuditEntries.AddRange(actors.SelectMany((a, i) => AuditReads.By(a, i + 1))); return db.SaveChangesAsync(); });

        await AuditReads.CountAsync(factory, actors[0]); // prepared here
        var before = cache.StatementsPrepared;
        var counts = new List<int>();
        foreach (var actor in actors)
        {
            counts.Add(await AuditReads.CountAsync(factory, actor));
        }

        Assert.Equal(Enumerable.Range(1, actors.Count), counts);
        Assert.Equal(before, cache.StatementsPrepared);
    }

    /// <summary>
    /// A statement left holding its read would keep answering from the moment of its first run (SQLite's write-ahead
    /// log keeps that snapshot for its connection): a consent withdrawn after it would not be seen. Here the first read
    /// stops after one row of several, as FirstOrDefault does, and the reads after a commit must still see it.
    /// </summary>
    [Fact]
    public async Task Every_run_reads_what_was_committed_before_it_even_on_a_kept_connection()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        var actor = $"fresh-{Guid.NewGuid():N}";
        await factory.WithDbAsync(db => { db.AuditEntries.AddRange(AuditReads.By(actor, 3)); return db.SaveChangesAsync(); });

        Assert.NotNull(await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ActorUserId == actor).Select(e => e.ActorUserId).FirstOrDefaultAsync()));
        Assert.Equal(3, await AuditReads.CountAsync(factory, actor));
        await factory.WithDbAsync(db => { db.AuditEntries.AddRange(AuditReads.By(actor, 2)); return db.SaveChangesAsync(); });

        Assert.Equal(5, await AuditReads.CountAsync(factory, actor));
        Assert.Equal(5, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.ActorUserId == actor && e.Topic != null)));
        Assert.True(CacheOf(factory).StatementsPrepared >= 3);
    }

    /// <summary>Another connection cannot see a transaction's uncommitted rows, so its reads are never served here.</summary>
    [Fact]
    public async Task A_read_inside_a_transaction_sees_that_transactions_own_writes()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        var actor = $"transaction-{Guid.NewGuid():N}";

        var seen = await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AuditEntries.AddRange(AuditReads.By(actor, 2));
            await db.SaveChangesAsync();
            var count = await db.AuditEntries.CountAsync(e => e.ActorUserId == actor);
            await transaction.RollbackAsync();
            return count;
        });

        Assert.Equal(2, seen);
        Assert.Equal(0, await AuditReads.CountAsync(factory, actor));
    }

    /// <summary>EF reads the answer of an UPDATE ("RETURNING 1"): a write stays on EF's connection, foreign keys on.</summary>
    [Fact]
    public async Task A_write_whose_answer_EF_reads_is_not_served()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        var cache = CacheOf(factory);
        var address = $"https://example.dk/{Guid.NewGuid():N}";
        var id = Guid.NewGuid();
        await factory.WithDbAsync(db =>
        {
            db.Municipalities.Add(new Municipality { Id = id, Slug = $"cache-{id:N}", Name = "Cachetestrup Kommune" });
            return db.SaveChangesAsync();
        });
        await factory.WithDbAsync(db => db.Municipalities.SingleAsync(m => m.Id == id)); // the read prepared
        var before = cache.StatementsPrepared;

        await factory.WithDbAsync(async db =>
        {
            (await db.Municipalities.SingleAsync(m => m.Id == id)).WebAddress = address;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(before, cache.StatementsPrepared);
        Assert.Equal(address, await factory.WithDbAsync(db => db.Municipalities.Where(m => m.Id == id).Select(m => m.WebAddress).SingleAsync()));
    }

    /// <summary>A connection that met an error is closed, not kept: failures must not use up the kept connections.</summary>
    [Fact]
    public async Task Queries_that_fail_leave_no_connection_behind_and_the_next_query_is_still_served()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        var cache = CacheOf(factory);

        for (var i = 0; i < SqliteStatementCache.MaxConnections + 4; i++)
        {
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => factory.WithDbAsync(
                db => db.Database.SqlQueryRaw<int>("SELECT \"Nothing\" AS \"Value\" FROM \"NoSuchTable\"").ToListAsync()));
        }

        var before = cache.StatementsPrepared;
        Assert.Equal(0, await AuditReads.CountAsync(factory, $"after-{Guid.NewGuid():N}"));
        Assert.Equal(before + 1, cache.StatementsPrepared);
    }

    [Fact]
    public async Task Queries_running_at_once_each_get_their_own_answer()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        var actors = Enumerable.Range(0, 40).Select(i => $"parallel-{i}-{Guid.NewGuid():N}").ToList();
        await factory.WithDbAsync(db => { db.AuditEntries.AddRange(actors.SelectMany((a, i) => AuditReads.By(a, (i % 7) + 1))); return db.SaveChangesAsync(); });

        var counts = await Task.WhenAll(actors.Select(a => Task.Run(() => AuditReads.CountAsync(factory, a))));

        Assert.Equal(actors.Select((_, i) => (i % 7) + 1), counts);
        Assert.InRange(CacheOf(factory).StatementsPrepared, 1, SqliteStatementCache.MaxConnections);
    }

    private static SqliteStatementCache CacheOf(PortalFactory factory) =>
        factory.Services.GetRequiredService<DatabaseRegistration.StatementCacheHolder>().Cache
            ?? throw new InvalidOperationException("The SQLite host has no statement cache.");
}
