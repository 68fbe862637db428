using System.Globalization;
using System.Text;

namespace Paaroerende.Core.Mail;

/// <summary>
/// Writes each mail as an .eml file into a folder (Mail:Folder; data/mail by default), which any mail client opens.
/// This lets the whole flow be tried locally without a mail server; a real deployment adds SMTP delivery.
/// </summary>
public sealed class PickupFolderMailSender(string folder, TimeProvider clock) : IMailSender
{
    public string Folder => folder;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        Directory.CreateDirectory(folder);
        var sent = clock.GetUtcNow();
        var content = new StringBuilder()
            .Append("From: Pårørendeportalen <no-reply@paaroerende.example>\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: {mail.To}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: =?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(mail.Subject))}?=\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {sent.ToString("r", CultureInfo.InvariantCulture)}\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(mail.Body.Replace("\n", "\r\n", StringComparison.Ordinal))
            .ToString();
        var name = $"{sent:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(folder, name);

        // Written under another name and then renamed, so a reader of *.eml (a mail client, /Dev/Mail, a test) never
        // sees a half-written mail.
        await File.WriteAllTextAsync(path + ".partial", content, new UTF8Encoding(false), cancellationToken);
        File.Move(path + ".partial", path);
    }
}
