using System.Net;
using AngleSharp.Html.Dom;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Signs in the way an employee does through Hvidovre's own provider: the local test broker, page by page.</summary>
public static class StaffIdpBroker
{
    public const string Start = "/Account/StaffSignIn?municipality=hvidovre";

    /// <summary>
    /// Starts at <paramref name="start"/>, picks the employee (<c>medarbejder</c>, <c>admin</c> or <c>anden</c>), the
    /// groups (null: the usual ones) and the factor (<c>mfa</c> or <c>pwd</c>) on the broker's page, and follows the
    /// answer back through the portal's callback. Returns the portal's last answer.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsEmployeeAsync(
        this HttpClient client, string person, IReadOnlyCollection<string>? groups = null, string factor = "mfa",
        string start = Start, string? otherSubject = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var challenge = await client.GetAsync(new Uri(start, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var page = await client.GetDocumentAsync(challenge.Headers.Location!.PathAndQueryOrOriginal());
        foreach (var box in page.QuerySelectorAll("input[name='Groups']").OfType<IHtmlInputElement>())
        {
            box.IsChecked = groups?.Contains(box.Value) == true;
        }

        using var answer = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Person"] = person,
            ["GroupChoice"] = groups is null ? "usual" : "chosen",
            ["Factor"] = factor,
            ["choice"] = "signin",
            ["OtherSubject"] = otherSubject ?? "",
        });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var handled = await client.GetAsync(new Uri(answer.Headers.Location!.PathAndQueryOrOriginal(), UriKind.Relative));
        if (handled.Headers.Location?.OriginalString.StartsWith("/Account/StaffSignInCallback", StringComparison.Ordinal) != true)
        {
            return handled;
        }

        handled.Dispose();
        return await client.GetAsync(new Uri("/Account/StaffSignInCallback", UriKind.Relative));
    }
}
