using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Data.SqlServer;

/// <summary>
/// A context on EF's SQL Server provider with no server behind it. Generating a migration script or a query's SQL
/// (ToQueryString) needs no connection. For code that runs its queries, the interceptor keeps the connection closed
/// and every command unsent: it records the command's SQL and answers with no rows (an empty reader, 1 row affected),
/// so a flow runs until it needs a row and everything it sent until then is kept.
/// </summary>
internal sealed class NoServerSqlServer : IDisposable
{
    private const string ConnectionString = "Server=none;Database=none;Integrated Security=false;User ID=none;Password=none;Encrypt=false";

    private readonly CommandRecorder _recorder = new();
    private readonly ClosedConnection _closed = new();

    public NoServerSqlServer()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DatabaseRegistration.Configure(options, new DatabaseSettings(DatabaseRegistration.SqlServerProvider, ConnectionString));
        options.AddInterceptors(_recorder, _closed);
        Context = new PortalDbContext(options.Options);

        // SqlClient's commands take only its own transactions, so EF must not start one around a save.
        Context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
    }

    public PortalDbContext Context { get; }

    /// <summary>The SQL of every command the context tried to send, in order.</summary>
    public IReadOnlyList<string> Commands => [.. _recorder.Sent];

    public void Dispose() => Context.Dispose();

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Sent { get; } = new();

        public override InterceptionResult<DbDataReader> ReaderExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            InterceptionResult<DbDataReader>.SuppressWithResult(Record(command, new DataTable().CreateDataReader()));

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ReaderExecuting(command, eventData, result));

        public override InterceptionResult<int> NonQueryExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            InterceptionResult<int>.SuppressWithResult(Record(command, 1));

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(NonQueryExecuting(command, eventData, result));

        public override InterceptionResult<object> ScalarExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            InterceptionResult<object>.SuppressWithResult(Record<object>(command, DBNull.Value));

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
            CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ScalarExecuting(command, eventData, result));

        private T Record<T>(DbCommand command, T answer)
        {
            Sent.Enqueue(command.CommandText);
            return answer;
        }
    }

    /// <summary>Keeps the connection closed: opening and transactions are suppressed, so nothing reaches for a server.</summary>
    private sealed class ClosedConnection : DbConnectionInterceptor, IDbTransactionInterceptor
    {
        public override InterceptionResult ConnectionOpening(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

        public InterceptionResult<DbTransaction> TransactionStarting(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result) =>
            InterceptionResult<DbTransaction>.SuppressWithResult(new UnsentTransaction(connection));

        public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
            CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(TransactionStarting(connection, eventData, result));
    }

    private sealed class UnsentTransaction(DbConnection connection) : DbTransaction
    {
        public override IsolationLevel IsolationLevel => IsolationLevel.ReadCommitted;

        protected override DbConnection DbConnection => connection;

        public override void Commit()
        {
        }

        public override void Rollback()
        {
        }
    }
}
