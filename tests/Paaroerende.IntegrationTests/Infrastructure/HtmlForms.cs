using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Reads pages the way a browser would, so tests post forms with their real antiforgery tokens.</summary>
public static partial class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Where each parsed page came from: a form without an action posts back to its own address.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IHtmlDocument, string> Addresses = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var address = response.RequestMessage?.RequestUri is { } requested
            ? requested.IsAbsoluteUri ? requested.PathAndQuery : requested.OriginalString
            : null;
        if (address is not null)
        {
            Addresses.AddOrUpdate(document, address);
        }

        // Every page any test reads is also read for a text whose placeholder was never filled in ("Slet „{0}“?"): a
        // view that took a text's unformatted value, or asked for it without its arguments.
        if (Placeholder().Match($"{document.Title}\n{document.Body?.TextContent}") is { Success: true } unfilled)
        {
            throw new InvalidOperationException($"{address} shows a text with a placeholder not filled in: \"{unfilled.Value}\"");
        }

        return document;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\n]{0,40}\{\d+\}[^\n]{0,40}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    /// <summary>Fills the form that contains the given field and posts it with every other field as the page set it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlDocument page, IReadOnlyDictionary<string, string> values, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(values);
        var form = (formSelector is null
                ? page.Forms.FirstOrDefault(f => values.Keys.All(k => f.Elements.Any(e => e.GetAttribute("name") == k)))
                : page.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"No form with the fields {string.Join(", ", values.Keys)}.");

        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || values.ContainsKey(input.Name)
                || (input.Type is "checkbox" or "radio" && !input.IsChecked) || input.Type == "submit")
            {
                continue;
            }

            fields.Add(new(input.Name, input.Value));
        }

        fields.AddRange(values);
        var action = string.IsNullOrEmpty(form.GetAttribute("action"))
            ? (Addresses.TryGetValue(page, out var address) ? address : throw new InvalidOperationException("The page's address is unknown."))
            : form.GetAttribute("action")!;
        var target = Uri.TryCreate(action, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute.PathAndQuery
            : action;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(target, UriKind.Relative), content);
    }
}
