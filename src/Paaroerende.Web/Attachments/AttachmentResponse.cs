using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Paaroerende.Web.Attachments;

/// <summary>
/// How an attachment leaves the portal (docs/adr/0039): with the type its content was found to be and nosniff, so no
/// browser guesses otherwise; a PDF only as a download, never opened inside the portal's origin; a picture inline, for
/// the &lt;img&gt; of the page. Never cached by a shared cache: it is personal data.
/// </summary>
public static class AttachmentResponse
{
    public static FileContentResult File(HttpResponse response, string fileName, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        var isImage = contentType is "image/jpeg" or "image/png";
        var disposition = new ContentDispositionHeaderValue(isImage ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        return new FileContentResult(content, isImage ? contentType : "application/pdf");
    }
}
