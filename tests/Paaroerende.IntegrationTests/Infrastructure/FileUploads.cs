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

    /// <summary>
    /// Posts a page's multipart form as a browser does: every field as the page set it, the given values, and one file
    /// under <paramref name="fieldName"/> with the name and type the browser claims (the server must not trust either).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitWithFileAsync(
        this HttpClient client, IHtmlDocument page, IReadOnlyDictionary<string, string> values, string fieldName, byte[] content,
        string fileName, string claimedType, string address)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(values);
        var form = page.Forms.First(f => f.Elements.Any(e => e.GetAttribute("name") == fieldName));
        using var body = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("file" or "submit" or "checkbox" or "radio") && !values.ContainsKey(i.Name!)))
        {
            body.Add(new StringContent(input.Value), input.Name!);
        }

        foreach (var (name, value) in values)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        body.Add(file, fieldName, fileName);
        return await client.PostAsync(new Uri(address, UriKind.Relative), body);
    }
}
