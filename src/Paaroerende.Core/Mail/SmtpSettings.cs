namespace Paaroerende.Core.Mail;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS on the submission port, and no mail is sent if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a test server on the same machine.</summary>
    None,
}

/// <summary>SMTP settings (configuration section Mail:Smtp). With a host set, the portal sends through SMTP.</summary>
public sealed class SmtpSettings
{
    public const string Section = "Mail:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>With a user name the sender authenticates; without, it sends unauthenticated (a relay that trusts the host).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// The longest wait for the server: to connect, and for each answer. A server slower than this fails the attempt,
    /// and the outbox tries again later.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public string From { get; set; } = "no-reply@paaroerende.example";

    public string FromName { get; set; } = "Pårørendeportalen";
}
