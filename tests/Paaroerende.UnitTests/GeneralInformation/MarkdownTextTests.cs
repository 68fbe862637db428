using Paaroerende.Core.GeneralInformation;

namespace Paaroerende.UnitTests.GeneralInformation;

public class MarkdownTextTests
{
    [Fact]
    public void Raw_HTML_is_shown_as_text()
    {
        var html = MarkdownText.ToHtml("Hej <script>alert(1)</script>\n\n<div onclick=\"x()\">blok</div>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("//evil.example/x")]
    public void Links_to_anything_but_web_mail_phone_or_the_portal_are_made_harmless(string url)
    {
        var html = MarkdownText.ToHtml($"[klik]({url})");

        Assert.Contains("<a href=\"#\">klik</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.ishoj.dk/")]
    [InlineData("mailto:pitstop@ishoj.dk")]
    [InlineData("tel:+4520692833")]
    [InlineData("/Kontakt/hvidovre")]
    public void Web_mail_phone_and_portal_links_are_kept(string url)
    {
        var html = MarkdownText.ToHtml($"[klik]({url})");

        Assert.Contains($"<a href=\"{url}\">klik</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_start_at_level_two_because_the_page_title_is_the_only_h1()
    {
        var html = MarkdownText.ToHtml("# Et\n\n### Tre");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<h3", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }
}
