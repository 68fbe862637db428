using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Paaroerende.Web.Forms;

/// <summary>
/// One form field in Det Fælles Designsystem's markup: label, hint, error message next to the field, and the input
/// with aria-describedby. What the user typed comes back after a validation error (nothing typed is lost), except
/// passwords. No browser "required" attribute: the server's Danish messages are the ones the user sees.
/// </summary>
/// <example><c>&lt;fds-field asp-for="Input.Email" label="@L["Email"]" type="email" autocomplete="email" /&gt;</c></example>
[HtmlTargetElement("fds-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FdsFieldTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The label text: a plain or localized string (<c>@L["Key"]</c>).</summary>
    public object? Label { get; set; }

    /// <summary>A hint under the label: a plain or localized string.</summary>
    public object? Hint { get; set; }

    /// <summary>An input type (text, email, tel, password, date, number, url) or "textarea".</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Shows "(frivilligt)" after the label.</summary>
    public bool Optional { get; set; }

    public int Rows { get; set; } = 5;

    /// <summary>Extra classes on the input, e.g. DKFDS width classes such as "input-width-s".</summary>
    public string? InputClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var error = ErrorFor(name);
        var maxLength = MaxLengthOf(For);
        var isTextarea = Type == "textarea";
        var useCharacterLimit = isTextarea && maxLength is not null;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class",
            "form-group" + (error is null ? "" : " form-error") + (useCharacterLimit ? " form-limit" : ""));
        if (useCharacterLimit)
        {
            output.Attributes.SetAttribute("data-maxlength", maxLength!.Value.ToString(CultureInfo.InvariantCulture));
        }

        var label = new TagBuilder("label");
        label.AddCssClass("form-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(TextOf(Label));
        if (Optional)
        {
            label.InnerHtml.AppendHtml($"<span class=\"weight-normal\"> {Encode(text["Form_Optional"])}</span>");
        }

        output.Content.AppendHtml(label);

        var describedBy = new List<string>();
        if (Hint is not null)
        {
            output.Content.AppendHtml($"<span class=\"form-hint\" id=\"{id}-hint\">{Encode(TextOf(Hint))}</span>");
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            output.Content.AppendHtml(
                $"<span class=\"form-error-message\" id=\"{id}-error\"><span class=\"sr-only\">{Encode(text["Form_ErrorPrefix"])} </span>{Encode(error)}</span>");
            describedBy.Add($"{id}-error");
        }

        if (useCharacterLimit)
        {
            describedBy.Add($"{id}-limit-message");
        }

        var input = isTextarea ? new TagBuilder("textarea") : new TagBuilder("input");
        input.AddCssClass("form-input");
        if (InputClass is not null)
        {
            input.AddCssClass(InputClass);
        }

        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (error is not null)
        {
            input.Attributes["aria-invalid"] = "true";
        }

        if (describedBy.Count > 0)
        {
            input.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        var value = Type == "password" ? null : ValueOf(name);
        if (isTextarea)
        {
            input.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
            input.InnerHtml.Append(value ?? "");
            output.Content.AppendHtml(input);
        }
        else
        {
            input.TagRenderMode = TagRenderMode.SelfClosing;
            input.Attributes["type"] = Type;
            if (value is not null)
            {
                input.Attributes["value"] = value;
            }

            output.Content.AppendHtml(input);
        }

        if (useCharacterLimit)
        {
            var limit = maxLength!.Value;
            output.Content.AppendHtml(
                $"<span id=\"{id}-limit-message\" class=\"sr-only\">{Encode(text["Form_CharacterLimit", limit])}</span>" +
                $"<span class=\"form-hint character-limit\" aria-hidden=\"true\">{Encode(text["Form_CharactersLeft", limit])}</span>" +
                $"<span class=\"character-limit-sr-only sr-only\" aria-live=\"polite\">{Encode(text["Form_CharactersLeft", limit])}</span>");
        }
    }

    private string? ErrorFor(string name) =>
        ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>What the user posted (even when invalid) wins over the model, so a typo is shown to be fixed.</summary>
    private string? ValueOf(string name)
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return For.Model switch
        {
            null => null,
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }

    private static int? MaxLengthOf(ModelExpression expression) =>
        expression.Metadata.ValidatorMetadata.OfType<StringLengthAttribute>().FirstOrDefault()?.MaximumLength
        ?? expression.Metadata.ValidatorMetadata.OfType<MaxLengthAttribute>().FirstOrDefault()?.Length;

    /// <summary>Localized texts arrive as LocalizedHtmlString or LocalizedString; their Value is the unencoded text.</summary>
    private static string TextOf(object? value) => value switch
    {
        null => "",
        Microsoft.AspNetCore.Mvc.Localization.LocalizedHtmlString html => html.Value,
        LocalizedString plain => plain.Value,
        _ => value.ToString() ?? "",
    };

    private static string Encode(string value) => System.Net.WebUtility.HtmlEncode(value);
}
