using System.Net;
using AngleSharp.Html.Dom;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// The consent forms ask before a save that removes, delays or shortens anything: these post the confirmation step as
/// a person does, with the values the step carries.
/// </summary>
public static class ConsentForms
{
    /// <summary>Submits a consent form and, when the portal asks for a confirmation, confirms it.</summary>
    public static async Task<HttpResponseMessage> SubmitConfirmingAsync(
        this HttpClient client, IHtmlDocument page, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.SubmitAsync(page, values);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return response;
        }

        var preview = await HtmlForms.ParseAsync(response);
        if (preview.QuerySelector("form[data-confirm-form]") is null)
        {
            return response;
        }

        response.Dispose();
        return await client.PressAsync(preview, "[data-confirm]");
    }

    /// <summary>Presses a button of the confirmation step ("[data-confirm]" or "[data-edit]") with the step's values.</summary>
    public static async Task<HttpResponseMessage> PressAsync(
        this HttpClient client, IHtmlDocument preview, string button, IReadOnlyDictionary<string, string>? replace = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(preview);
        var form = preview.QuerySelector("form[data-confirm-form]") as IHtmlFormElement
            ?? throw new InvalidOperationException("The page asks for no confirmation.");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (replace is null || !replace.ContainsKey(i.Name)))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(replace ?? new Dictionary<string, string>())
            .ToList();
        var target = preview.QuerySelector(button)?.GetAttribute("formaction")
            ?? throw new InvalidOperationException($"No button {button}.");
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(target, UriKind.Relative), content);
    }
}
