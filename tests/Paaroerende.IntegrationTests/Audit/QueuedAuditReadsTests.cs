using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Audit;

/// <summary>
/// On a SQLite file the relatives' reads are stored in a queue file of their own and moved into the audit log in bulk
/// (docs/adr/0055): the pages' file does not change with each read, every read is stored before its caller goes on,
/// a move cut off half-way leaves each entry once, and nothing queued is left behind when the writer stops.
/// </summary>
public sealed class QueuedAuditReadsTests
{
    private const int Reads = 30;

    [Fact]
    public async Task A_read_is_stored_in_the_queue_file_and_the_pages_file_does_not_change()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        await using var writer = MovingOnlyWhenFull(factory);
        var queued = factory.Services.GetRequiredService<QueuedAuditReads>();
        var actor = $"queued-{Guid.NewGuid():N}";
        await writer.WriteAsync(AuditReads.By($"first-{Guid.NewGuid():N}", 1));

        await using var pages = new SqliteConnection(factory.Database.Settings.ConnectionString);
        await pages.OpenAsync();
        var before = await DataVersionAsync(pages);
        await Task.WhenAll(Enumerable.Range(0, Reads).Select(_ => writer.WriteAsync(AuditReads.By(actor, 2))));

        // SQLite's data_version changes when another connection commits to the file: no read touched the pages' file.
        Assert.Equal(before, await DataVersionAsync(pages));
        Assert.Equal(Reads * 2, await QueuedCountAsync(queued, actor));
        Assert.Equal(0, await InLogAsync(factory, actor));

        Assert.Equal(1 + (Reads * 2), await queued.MoveAsync());
        Assert.Equal(Reads * 2, await InLogAsync(factory, actor));
        Assert.Equal(0, await QueuedCountAsync(queued, actor));
    }

    [Fact]
    public async Task Page_reads_waiting_together_share_a_commit_of_the_queue()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        await using var writer = MovingOnlyWhenFull(factory);
        var actor = $"together-{Guid.NewGuid():N}";

        await Task.WhenAll(Enumerable.Range(0, Reads).Select(_ => writer.WriteAsync(AuditReads.By(actor, 2))));

        Assert.Equal(Reads * 2, await QueuedCountAsync(factory.Services.GetRequiredService<QueuedAuditReads>(), actor));
        Assert.InRange(writer.QueueCommits, 1, Reads / 4);
    }

    /// <summary>
    /// The two files cannot commit as one. A move copies, commits, then deletes from the queue: a crash between the
    /// two leaves the entries in both, and the next move must neither fail nor store them twice.
    /// </summary>
    [Fact]
    public async Task A_move_cut_off_after_its_copy_leaves_each_entry_in_the_log_once()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        var writer = factory.Services.GetRequiredService<AuditReadWriter>();
        var queued = factory.Services.GetRequiredService<QueuedAuditReads>();
        var actor = $"cut-{Guid.NewGuid():N}";
        var entries = AuditReads.By(actor, 5);
        await writer.WriteAsync(entries);

        // As the cut-off move left them: already copied into the log, still in the queue.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync();
        }

        await queued.MoveAsync();

        Assert.Equal(5, await InLogAsync(factory, actor));
        Assert.Equal(0, await QueuedCountAsync(queued, actor));
    }

    [Fact]
    public async Task A_read_of_a_message_thread_goes_straight_into_the_log()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        await using var writer = MovingOnlyWhenFull(factory);
        var actor = $"thread-{Guid.NewGuid():N}";
        var threadRead = AuditReads.By(actor, 1);
        threadRead[0].ItemId = Guid.NewGuid();

        await writer.WriteAsync([.. threadRead, .. AuditReads.By(actor, 2)]);

        // The relative's own pages ask at once whether the thread was read; the page reads stay queued.
        Assert.Equal(1, await InLogAsync(factory, actor));
        Assert.Equal(2, await QueuedCountAsync(factory.Services.GetRequiredService<QueuedAuditReads>(), actor));
    }

    [Fact]
    public async Task Enough_queued_reads_are_moved_without_anyone_asking()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        await using var writer = MovingOnlyWhenFull(factory);
        var actor = $"enough-{Guid.NewGuid():N}";

        await writer.WriteAsync(AuditReads.By(actor, AuditReadWriter.MoveAfterEntries - 1));
        Assert.Equal(0, await InLogAsync(factory, actor));
        await writer.WriteAsync(AuditReads.By(actor, 1));

        await Eventually.HappensAsync(async () => await InLogAsync(factory, actor) == AuditReadWriter.MoveAfterEntries,
            "the queued reads moved into the audit log");
    }

    /// <summary>
    /// A move is synchronous SQLite work of tens of milliseconds, hundreds after an idle spell. On a host of one or two
    /// cores the pool that serves the pages has a thread or two, and a move on one of them held up the pages queued
    /// behind it (docs/performance.md): the writer moves on a thread of its own.
    /// </summary>
    [Fact]
    public async Task The_writer_moves_on_a_thread_of_its_own_not_one_the_pages_are_served_by()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        await using var writer = MovingOnlyWhenFull(factory);
        var actor = $"own-thread-{Guid.NewGuid():N}";

        await writer.WriteAsync(AuditReads.By(actor, AuditReadWriter.MoveAfterEntries));
        await Eventually.HappensAsync(async () => await InLogAsync(factory, actor) == AuditReadWriter.MoveAfterEntries,
            "the queued reads moved into the audit log");

        Assert.Equal(0, writer.MovesOnThePool);
    }

    [Fact]
    public async Task What_is_queued_when_the_writer_stops_is_moved_into_the_log()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        var actor = $"stopping-{Guid.NewGuid():N}";
        var writer = new AuditReadWriter(factory.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<AuditReadWriter>.Instance);

        var stored = Enumerable.Range(0, Reads).Select(_ => writer.WriteAsync(AuditReads.By(actor, 1))).ToList();
        await writer.DisposeAsync();

        Assert.All(stored, s => Assert.True(s.IsCompletedSuccessfully));
        Assert.Equal(0, await factory.Services.GetRequiredService<QueuedAuditReads>().MoveAsync());
        Assert.Equal(Reads, await InLogAsync(factory, actor));
    }

    /// <summary>
    /// A move copies the log's columns by name: a column added to the log by a migration must be added to the queue
    /// too, or reads would be moved without it.
    /// </summary>
    [Fact]
    public async Task The_queue_has_the_audit_logs_columns()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        var queued = factory.Services.GetRequiredService<QueuedAuditReads>();
        await queued.MoveAsync();

        var log = await ColumnsAsync(factory.Database.Settings.ConnectionString);
        var queue = await ColumnsAsync(queued.ConnectionString!);

        Assert.Equal(log.Order(StringComparer.Ordinal), queue.Where(c => c != "Seq").Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The writer stores the queued reads with a prepared statement of its own, not through EF: what reaches the log
    /// must be stored exactly as an entry EF stores there (same type and text in every column), or the readers that ask
    /// by citizen, person or time would miss it.
    /// </summary>
    [Fact]
    public async Task A_queued_read_reaches_the_log_stored_as_the_log_stores_its_own_entries()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseRegistration.SqliteProvider, demoData: false);
        await using var writer = MovingOnlyWhenFull(factory);
        var actor = $"stored-as-{Guid.NewGuid():N}";
        var queued = AuditReads.By(actor, 1)[0];
        queued.RelationId = Guid.NewGuid();
        queued.Detail = "side 2";
        queued.OccurredAtUtc = new DateTime(2026, 12, 6, 1, 2, 3, DateTimeKind.Utc).AddTicks(4567);
        var direct = new AuditEntry
        {
            Id = AuditEntry.NewId(queued.OccurredAtUtc), OccurredAtUtc = queued.OccurredAtUtc, ActorUserId = actor,
            Action = queued.Action, Outcome = queued.Outcome, CitizenId = queued.CitizenId, PersonId = queued.PersonId,
            RelationId = queued.RelationId, Topic = queued.Topic, Detail = queued.Detail,
        };

        await writer.WriteAsync([queued]);
        await factory.Services.GetRequiredService<QueuedAuditReads>().MoveAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.AuditEntries.Add(direct);
            await db.SaveChangesAsync();
        }

        var rows = await StoredAsync(factory.Database.Settings.ConnectionString, actor);
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[direct.Id.ToString()], rows[queued.Id.ToString()]);
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(
            e => e.CitizenId == queued.CitizenId && e.PersonId == queued.PersonId && e.OccurredAtUtc == queued.OccurredAtUtc)));
    }

    [Fact]
    public async Task A_database_server_and_an_in_memory_database_have_no_queue()
    {
        var postgres = QueuedAuditReads.For(new DatabaseSettings(DatabaseRegistration.PostgreSqlProvider, "Host=localhost"));
        var memory = QueuedAuditReads.For(new DatabaseSettings(DatabaseRegistration.SqliteProvider, "Data Source=:memory:"));

        Assert.Null(postgres.ConnectionString);
        Assert.Null(memory.ConnectionString);
        Assert.Equal(0, await postgres.MoveAsync());
    }

    /// <summary>A writer of the test's own that moves only when enough is queued, never on its clock.</summary>
    private static AuditReadWriter MovingOnlyWhenFull(PortalFactory factory) =>
        new(factory.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<AuditReadWriter>.Instance, Timeout.InfiniteTimeSpan);

    /// <summary>What the audit log holds now, read without moving the queue first.</summary>
    private static async Task<int> InLogAsync(PortalFactory factory, string actor)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries.CountAsync(e => e.ActorUserId == actor);
    }

    private static async Task<int> QueuedCountAsync(QueuedAuditReads queued, string actor)
    {
        await using var connection = new SqliteConnection(queued.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"AuditEntries\" WHERE \"ActorUserId\" = $actor;";
        command.Parameters.AddWithValue("$actor", actor);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Each row of the actor by its id (any case): every other column's storage type and text.</summary>
    private static async Task<Dictionary<string, string>> StoredAsync(string connectionString, string actor)
    {
        var columns = (await ColumnsAsync(connectionString)).Where(c => c != "Id").ToList();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Id\", {string.Join(", ", columns.Select(c => $"typeof(\"{c}\") || ':' || coalesce(\"{c}\", '')"))} " +
            "FROM \"AuditEntries\" WHERE \"ActorUserId\" = $actor;";
        command.Parameters.AddWithValue("$actor", actor);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = string.Join(" | ", Enumerable.Range(1, columns.Count).Select(reader.GetString));
        }

        return rows;
    }

    private static async Task<List<string>> ColumnsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('AuditEntries');";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task<long> DataVersionAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
