using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Paaroerende.Core.Notifications;

/// <summary>
/// Runs the notification jobs every poll interval: expired consents, due digests, read alerts. Each job keeps its state
/// in the database and claims its work with a conditional update, so a restart or a second server sends nothing twice.
/// </summary>
public sealed partial class NotificationJobs(
    IServiceScopeFactory scopes, IOptions<NotificationOptions> options, ILogger<NotificationJobs> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunAsync<ConsentExpiryNotices>((job, ct) => job.RunAsync(ct), stoppingToken);
            await RunAsync<DailyDigests>((job, ct) => job.RunAsync(ct), stoppingToken);
            await RunAsync<ReadAlerts>((job, ct) => job.RunAsync(ct), stoppingToken);
            try
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunAsync<TJob>(Func<TJob, CancellationToken, Task<int>> run, CancellationToken stoppingToken)
        where TJob : notnull
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await run(scope.ServiceProvider.GetRequiredService<TJob>(), stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The database may be briefly unreachable; the job's state is in it, so the next round takes over.
            JobFailed(logger, typeof(TJob).Name, ex);
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "The notification job {Job} failed; it runs again at the next round")]
    private static partial void JobFailed(ILogger logger, string job, Exception exception);
}
