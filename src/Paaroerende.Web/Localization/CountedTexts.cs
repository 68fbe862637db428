using Microsoft.AspNetCore.Mvc.Localization;

namespace Paaroerende.Web.Localization;

/// <summary>
/// Texts with a number in them: Danish nouns and adjectives agree with it ("1 gæst", "2 gæster"; "1 ubrugt kode",
/// "2 ubrugte koder"), and so do English ones. Such a text has its form for one under its key with "_One".
/// </summary>
public static class CountedTexts
{
    public const string OneSuffix = "_One";

    /// <summary>The text for <paramref name="count"/>, which is also its one placeholder ("{0} gæster").</summary>
    public static LocalizedHtmlString Counted(this IHtmlLocalizer texts, string key, int count) =>
        texts.Counted(key, count, count);

    /// <summary>The text for <paramref name="count"/>: the key's "_One" form for exactly one, otherwise the key's own.</summary>
    public static LocalizedHtmlString Counted(this IHtmlLocalizer texts, string key, int count, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts[KeyFor(key, count), arguments];
    }

    /// <summary>
    /// As <see cref="Counted(IHtmlLocalizer, string, int)"/>, as plain text to put into another text ("slettes efter 1
    /// måned").
    /// </summary>
    public static string CountedString(this IHtmlLocalizer texts, string key, int count)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.GetString(KeyFor(key, count), count).Value;
    }

    private static string KeyFor(string key, int count) => count == 1 ? key + OneSuffix : key;
}
