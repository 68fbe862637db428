using System.Globalization;

namespace Paaroerende.Web.Localization;

/// <summary>
/// The municipalities' own texts (directory, offers, information pages, unit names, news, updates, …) are written in
/// Danish and stay Danish whatever language the visitor chose. Their element carries <c>lang="@DanishContent.Lang"</c>:
/// <c>lang="da"</c> when the interface is not Danish, so a screen reader reads them with a Danish voice (WCAG 3.1.2
/// Language of Parts), and no attribute at all in the Danish interface, where the page's own <c>lang="da"</c> says it
/// (Razor leaves out an attribute whose only value is null).
/// </summary>
/// <remarks>
/// A plain attribute, not a tag helper: a tag helper buffers its element's whole content before it can write it, and
/// the relative's citizen page has some thirty such elements, which cost about a tenth of the page's CPU
/// (docs/performance.md, "Rendering").
/// </remarks>
public static class DanishContent
{
    /// <summary>"da" when the interface is not Danish; null (no attribute) when it is.</summary>
    public static string? Lang =>
        string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "da", StringComparison.Ordinal) ? null : "da";
}
