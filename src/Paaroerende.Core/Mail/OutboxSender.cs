using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Paaroerende.Core.Mail;

/// <summary>
/// The background sender: delivers due outbox messages whenever a mail is stored (<see cref="OutboxSignal"/>) and
/// at least every poll interval, which is also how retries come due. All its state is in the outbox table.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable; the messages wait in the table for the next round.
                RoundFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "The outbox round failed; it is tried again at the next round")]
    private static partial void RoundFailed(ILogger logger, Exception exception);
}
