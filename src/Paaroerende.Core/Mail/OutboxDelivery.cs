using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Mail;

/// <summary>
/// One round of the outbox: sends every due message once. A message is claimed by moving its next attempt to the end
/// of a lease in one conditional UPDATE, so two servers never send the same message at the same time, and a server
/// that dies while sending leaves the message to be tried again when the lease runs out.
/// </summary>
public sealed partial class OutboxDelivery(
    PortalDbContext db, IMailSender sender, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxDelivery> logger)
{
    private readonly OutboxOptions _options = options.Value;

    /// <returns>How many messages were sent.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = Instant.Now(clock);
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAtUtc == null && m.FailedAtUtc == null && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.NextAttemptAtUtc)
            .Take(_options.BatchSize)
            .Select(m => new { m.Id, m.NextAttemptAtUtc })
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var candidate in due)
        {
            if (await TryClaimAsync(candidate.Id, candidate.NextAttemptAtUtc, cancellationToken)
                && await SendAsync(candidate.Id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> TryClaimAsync(Guid id, DateTime seenNextAttempt, CancellationToken cancellationToken)
    {
        var leaseEnd = Instant.Truncate(Instant.Now(clock) + _options.Lease);
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.SentAtUtc == null && m.FailedAtUtc == null && m.NextAttemptAtUtc == seenNextAttempt)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.NextAttemptAtUtc, leaseEnd).SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> SendAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await sender.SendAsync(new OutgoingMail(message.To, message.Subject, message.Body), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(message, ex, cancellationToken);
            return false;
        }

        var sentAt = Instant.Now(clock);
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.SentAtUtc, sentAt).SetProperty(m => m.Body, "").SetProperty(m => m.LastError, (string?)null),
            CancellationToken.None);
        return true;
    }

    private async Task RecordFailureAsync(OutboxMessage message, Exception exception, CancellationToken cancellationToken)
    {
        var now = Instant.Now(clock);
        var error = $"{exception.GetType().Name}: {exception.Message}";
        error = error.Length > FieldLengths.ShortText ? error[..FieldLengths.ShortText] : error;
        var givingUp = message.Attempts >= _options.MaxAttempts;
        var next = Instant.Truncate(now + _options.RetryDelay(message.Attempts));
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.LastError, error)
                .SetProperty(m => m.NextAttemptAtUtc, next)
                .SetProperty(m => m.FailedAtUtc, givingUp ? now : null),
            cancellationToken);

        // The message id and the exception type only: the address and the text are personal data.
        if (givingUp)
        {
            GaveUp(logger, message.Id, message.Attempts, exception.GetType().Name);
        }
        else
        {
            WillRetry(logger, message.Id, message.Attempts, exception.GetType().Name, next);
        }
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning,
        Message = "Mail {MessageId} failed on attempt {Attempt} ({ExceptionType}); next attempt at {NextAttemptUtc:O}")]
    private static partial void WillRetry(ILogger logger, Guid messageId, int attempt, string exceptionType, DateTime nextAttemptUtc);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error,
        Message = "Mail {MessageId} failed on attempt {Attempt} ({ExceptionType}); the outbox has given up on it")]
    private static partial void GaveUp(ILogger logger, Guid messageId, int attempt, string exceptionType);
}
