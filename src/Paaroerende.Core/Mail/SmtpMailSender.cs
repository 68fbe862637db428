using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Paaroerende.Core.Mail;

/// <summary>
/// Delivers mails to an SMTP server through MailKit, as plain UTF-8 text, one connection per mail. Any failure
/// (refused recipient, dropped connection, timeout, no STARTTLS) is thrown to <see cref="OutboxDelivery"/>, which
/// keeps the message for a later attempt.
/// </summary>
public sealed class SmtpMailSender(SmtpSettings settings) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = MessageOf(mail);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        var host = settings.Host ?? throw new InvalidOperationException($"{SmtpSettings.Section}:Host is not set.");
        await client.ConnectAsync(host, settings.Port, SocketOptionsOf(settings.Security), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private MimeMessage MessageOf(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = mail.Body };
        return message;
    }

    private static SecureSocketOptions SocketOptionsOf(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown SMTP security."),
    };
}
