using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Paaroerende.Core.Mail;

/// <summary>A mail as <see cref="PickupFolderMailSender"/> wrote it.</summary>
public sealed record PickedUpMail(string FileName, string To, string Subject, DateTimeOffset SentAt, string Body);

/// <summary>Reads back the mails the pickup folder sender wrote, for the Development mail page.</summary>
public static partial class PickupFolder
{
    public static IReadOnlyList<PickedUpMail> ReadNewest(string folder, int count)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.eml")
            .OrderByDescending(Path.GetFileName, StringComparer.Ordinal)
            .Take(count)
            .Select(Read)
            .ToList();
    }

    public static PickedUpMail Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = (split < 0 ? text : text[..split]).Split("\r\n");
        var body = split < 0 ? "" : text[(split + 4)..].Replace("\r\n", "\n", StringComparison.Ordinal);
        string Header(string name) =>
            headers.FirstOrDefault(h => h.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))?[(name.Length + 2)..] ?? "";

        var sentAt = DateTimeOffset.TryParse(Header("Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : File.GetLastWriteTimeUtc(path);
        return new PickedUpMail(Path.GetFileName(path), Header("To"), DecodeSubject(Header("Subject")), sentAt, body);
    }

    private static string DecodeSubject(string subject)
    {
        var encoded = EncodedWord().Match(subject);
        return encoded.Success ? Encoding.UTF8.GetString(Convert.FromBase64String(encoded.Groups[1].Value)) : subject;
    }

    [GeneratedRegex(@"^=\?utf-8\?B\?([A-Za-z0-9+/=]*)\?=$", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
