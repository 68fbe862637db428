using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Paaroerende.Core.GeneralInformation;

/// <summary>
/// Renders the Markdown that administrators write (information pages) to HTML that is safe to show as is: raw HTML is
/// shown as text, links go only to web, mail and phone addresses or within the portal, and headings start at level 2
/// because the page's own title is the only h1.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static string ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Max(2, heading.Level);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute)
            && SafeSchemes.Contains(absolute.Scheme, StringComparer.OrdinalIgnoreCase);
    }
}
