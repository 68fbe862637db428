using Paaroerende.Core.Data;

namespace Paaroerende.Core.Mail;

/// <summary>
/// Queues mails in the outbox table. <see cref="Enqueue"/> only adds to the pending changes: the mail is stored by the
/// caller's SaveChanges together with the change that caused it, or not at all.
/// </summary>
public sealed class MailOutbox(PortalDbContext db, TimeProvider clock, OutboxSignal signal)
{
    private bool _wakesSender;

    public void Enqueue(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (mail.To.Length > FieldLengths.Email || mail.Subject.Length > FieldLengths.Title || mail.Body.Length > FieldLengths.LongText)
        {
            throw new ArgumentException("The mail does not fit the outbox.", nameof(mail));
        }

        var now = Instant.Now(clock);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            To = mail.To,
            Subject = mail.Subject,
            Body = mail.Body,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        });

        if (!_wakesSender)
        {
            db.SavedChanges += (_, _) => signal.Nudge();
            _wakesSender = true;
        }
    }
}
