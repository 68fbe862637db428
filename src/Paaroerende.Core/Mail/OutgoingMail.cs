namespace Paaroerende.Core.Mail;

/// <summary>A plain-text mail from the portal. Plain text on purpose: nothing a mail client could run.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);

/// <summary>Delivers the portal's mails (password reset, invitations).</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
