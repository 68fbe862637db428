using System.Net;
using System.Net.Mail;
using System.Text;

namespace Paaroerende.Core.Mail;

/// <summary>SMTP settings (configuration section Mail:Smtp). With a host set, the portal sends through SMTP.</summary>
public sealed class SmtpSettings
{
    public const string Section = "Mail:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS on the connection; turn off only for a local test server.</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@paaroerende.example";

    public string FromName { get; set; } = "Pårørendeportalen";
}

/// <summary>Delivers mails to an SMTP server, as plain UTF-8 text.</summary>
public sealed class SmtpMailSender(SmtpSettings settings) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = new MailMessage(new MailAddress(settings.From, settings.FromName), new MailAddress(mail.To))
        {
            Subject = mail.Subject,
            Body = mail.Body,
            IsBodyHtml = false,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
