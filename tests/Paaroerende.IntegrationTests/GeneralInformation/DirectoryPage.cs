using AngleSharp.Html.Dom;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.GeneralInformation;

/// <summary>"Hvem kontakter jeg?" (/Kontakt/{municipality}) as a visitor reads it.</summary>
public sealed class DirectoryPage(IHtmlDocument document)
{
    public IHtmlDocument Document => document;

    public string Text => document.Body!.TextContent;

    public IReadOnlyList<string> CategoryHeadings =>
        document.QuerySelectorAll(".directory-category > h2").Select(h => h.TextContent.Trim()).ToList();

    public IReadOnlyList<string> SituationTitles =>
        document.QuerySelectorAll(".directory-situation h3").Select(h => h.TextContent.Trim()).ToList();

    public string? NoResultsMessage => document.QuerySelector("#no-results")?.TextContent;

    public IReadOnlyList<string> PhoneLinks =>
        document.QuerySelectorAll(".directory-situation a[href^='tel:']").Select(a => a.GetAttribute("href")!).ToList();

    public IReadOnlyList<string> MailLinks =>
        document.QuerySelectorAll(".directory-situation a[href^='mailto:']").Select(a => a.GetAttribute("href")!).ToList();

    /// <summary>The category filter's value for a category title, as the select offers it.</summary>
    public string CategoryValue(string title) =>
        document.QuerySelectorAll("select[name='kategori'] option")
            .Single(o => o.TextContent.Trim() == title).GetAttribute("value")!;

    public static async Task<DirectoryPage> OpenAsync(HttpClient client, string municipality, string? query = null)
    {
        var url = $"/Kontakt/{municipality}" + (query is null ? "" : "?" + query);
        return new DirectoryPage(await client.GetDocumentAsync(url));
    }
}
