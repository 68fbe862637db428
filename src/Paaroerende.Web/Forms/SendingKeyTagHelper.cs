using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Paaroerende.Web.Forms;

/// <summary>
/// Gives every form the portal renders for sending (method="post") a new random key in a hidden field, so that the same
/// rendered form sent twice is known as one sending (<see cref="SentOnceFilter"/>, docs/adr/0060). A form rendered anew
/// (after a save, or shown again with what to correct) gets a new key and is a new sending.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SendingKeyTagHelper : TagHelper
{
    public string? Method { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.SetAttribute("method", Method);
        if (string.Equals(Method, "post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml(string.Create(CultureInfo.InvariantCulture,
                $"<input type=\"hidden\" name=\"{SentOnceFilter.KeyField}\" value=\"{Guid.NewGuid():N}\">"));
        }
    }
}
