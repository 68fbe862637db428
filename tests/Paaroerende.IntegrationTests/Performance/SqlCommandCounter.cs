using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// Counts the SQL commands each request sends, whatever sends them (cookie validation, filters, the page, the audit
/// insert). Registered only in the test host: a middleware at the very front of the pipeline opens a counter that
/// flows with the request (AsyncLocal), so the outbox sender's own commands in the background are not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    public const string RequestHeader = "X-Test-Request-Id";

    private static readonly AsyncLocal<RequestCount?> Current = new();
    private readonly ConcurrentDictionary<string, RequestCount> _finished = new();

    public static void Register(IServiceCollection services)
    {
        var counter = new SqlCommandCounter();
        services.AddSingleton(counter);
        services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(counter));
        services.AddSingleton<IStartupFilter>(new CountingStartup(counter));
    }

    /// <summary>The commands of the request that carried the id, with their SQL, once the request has finished.</summary>
    public IReadOnlyList<string>? CommandsOf(string requestId) =>
        _finished.TryGetValue(requestId, out var count) ? count.Commands.ToList() : null;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private static void Record(DbCommand command) => Current.Value?.Commands.Enqueue(command.CommandText);

    private sealed class RequestCount
    {
        public ConcurrentQueue<string> Commands { get; } = new();
    }

    private sealed class CountingStartup(SqlCommandCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate following) =>
            {
                var count = new RequestCount();
                Current.Value = count;
                try
                {
                    await following(context);
                }
                finally
                {
                    Current.Value = null;
                    if (context.Request.Headers.TryGetValue(RequestHeader, out var id))
                    {
                        counter._finished[id.ToString()] = count;
                    }
                }
            });
            next(app);
        };
    }
}
