using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Paaroerende.Web.Forms;

/// <summary>
/// The key a sending is known by (ADR 0060): the rendered form's random key together with what was filled in. The same
/// form sent again with the same content is the same sending; sent again with something changed (a typo corrected
/// while the first answer was slow, a consent level changed again) it is a new one and does its work, so the newest
/// wish is never dropped as "already received".
/// </summary>
public static class SendingKey
{
    /// <summary>The antiforgery token is the same in every sending of a rendered form; it says nothing of the content.</summary>
    private const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>A rendered form's own key: a GUID in 32 lower-case hexadecimal digits (<see cref="SendingKeyTagHelper"/>).</summary>
    public const int FormKeyLength = 32;

    /// <summary>The sending's key: 64 hexadecimal digits, or null when the form carries no valid key of its own.</summary>
    public static string? Of(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var formKey = form[SentOnceFilter.KeyField].ToString();
        if (formKey.Length != FormKeyLength || !formKey.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        // Each part written with its length first, so that no two different contents write the same text.
        var content = new StringBuilder();
        foreach (var (name, values) in form.Where(f => f.Key != AntiforgeryField).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Append(content, name);
            content.Append(values.Count.ToString(CultureInfo.InvariantCulture)).Append(';');
            foreach (var value in values)
            {
                Append(content, value ?? "");
            }
        }

        foreach (var file in form.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            Append(content, file.Name);
            Append(content, file.FileName);
            content.Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }

    private static void Append(StringBuilder content, string text) =>
        content.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
}
