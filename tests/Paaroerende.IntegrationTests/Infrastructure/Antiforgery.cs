using AngleSharp.Html.Dom;

namespace Paaroerende.IntegrationTests.Infrastructure;

public static class Antiforgery
{
    /// <summary>The user's antiforgery token from any page with a form (the layout's sign-out form has one).</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string url = "/Admin")
    {
        var page = await client.GetDocumentAsync(url);
        return (page.QuerySelector("input[name='__RequestVerificationToken']") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
    }
}
