using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Paaroerende.Web.Privacy;

/// <summary>
/// The privacy notice's default wording of the purposes and the legal bases (Markdown, Resources/Privacy), shown until a
/// municipality's administrator writes its own. The public page shows it in the visitor's language; the administrator's
/// form starts from the Danish text, and a text saved unchanged is stored as "none", so the page keeps translating it.
/// </summary>
public sealed class PrivacyNoticeDefaults(IStringLocalizer<PrivacyNoticeDefaults> text)
{
    public string Purposes => text["Purposes"];

    public string LegalBases => text["LegalBases"];

    public string DanishPurposes => InDanish(() => text["Purposes"]);

    public string DanishLegalBases => InDanish(() => text["LegalBases"]);

    /// <summary>The typed text, or null when it is empty or the same as the default (line endings and edges aside).</summary>
    public static string? OwnText(string? typed, string danishDefault)
    {
        var own = Normalised(typed);
        return own.Length == 0 || own == Normalised(danishDefault) ? null : own;
    }

    private static string Normalised(string? text) => (text ?? "").ReplaceLineEndings("\n").Trim();

    private static string InDanish(Func<string> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
