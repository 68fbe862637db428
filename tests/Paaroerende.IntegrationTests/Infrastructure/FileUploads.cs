using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace Paaroerende.IntegrationTests.Infrastructure;

public static class FileUploads
{
    /// <summary>Posts a page's multipart form with one file, carrying the form's antiforgery token like a browser.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, IHtmlDocument page, string fieldName, byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Forms.First(f => f.Elements.Any(e => e.GetAttribute("name") == fieldName));
        using var body = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
        {
            body.Add(new StringContent(input.Value), input.Name!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, fieldName, fileName);
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), body);
    }
}
