using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Paaroerende.Core.Retention;

/// <summary>Runs <see cref="RetentionPurge"/> at start and then every <see cref="RetentionOptions.Interval"/>.</summary>
public sealed partial class RetentionJob(
    IServiceScopeFactory scopes, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The whole run is one transaction: a failed run deleted nothing and the next one tries again.
                RunFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Error, Message = "The retention run failed; nothing was deleted and it runs again later")]
    private static partial void RunFailed(ILogger logger, Exception exception);
}
