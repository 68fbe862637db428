using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Paaroerende.Web.Administration;

/// <summary>Address names for information pages: "Værdier og samarbejde" becomes "vaerdier-og-samarbejde".</summary>
internal static partial class Slugs
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = title.ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "oe", StringComparison.Ordinal)
            .Replace("å", "aa", StringComparison.Ordinal);
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        var slug = NotAllowed().Replace(plain.ToString(), "-").Trim('-');
        return slug.Length > Core.Data.FieldLengths.Slug ? slug[..Core.Data.FieldLengths.Slug].TrimEnd('-') : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAllowed();
}
