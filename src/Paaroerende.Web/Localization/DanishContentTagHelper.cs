using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Paaroerende.Web.Localization;

/// <summary>
/// Marks a container of the municipalities' own texts (directory, offers, information pages, unit names, news, …),
/// which are written in Danish and stay Danish whatever language the visitor chose: with <c>danish-content</c> on an
/// element it gets <c>lang="da"</c> when the interface is not Danish, so a screen reader reads it with a Danish voice
/// (WCAG 3.1.2 Language of Parts). In the Danish interface the page's own <c>lang="da"</c> already says so.
/// </summary>
/// <example><c>&lt;section danish-content&gt;@offer.Title&lt;/section&gt;</c></example>
[HtmlTargetElement(Attributes = AttributeName)]
public sealed class DanishContentTagHelper : TagHelper
{
    public const string AttributeName = "danish-content";

    /// <summary>Runs after the framework's tag helpers, so it sees the element they produce.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.RemoveAll(AttributeName);
        if (!IsDanishInterface())
        {
            output.Attributes.SetAttribute("lang", "da");
        }
    }

    public static bool IsDanishInterface() =>
        string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "da", StringComparison.Ordinal);
}
