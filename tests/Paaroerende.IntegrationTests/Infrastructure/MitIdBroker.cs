using System.Net;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Signs in the way a person does with MitID: through the portal's local test broker, page by page.</summary>
public static class MitIdBroker
{
    /// <summary>
    /// Starts at <paramref name="start"/>, picks the test person (<c>borger</c>, <c>paaroerende</c>,
    /// <c>paaroerende2</c> or <c>anden</c>) and the level on the broker's page, and follows the answer back through
    /// the portal's callback. Returns the portal's last answer: a redirect to where the person lands, or to the
    /// refusal page.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInWithMitIdAsync(
        this HttpClient client, string person, string level = "Substantial", string start = "/Account/MitId", string? otherSubject = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var callback = await client.GetBrokerAnswerAsync(person, level, start, otherSubject: otherSubject);
        return await client.FollowCallbackAsync(callback);
    }

    /// <summary>The broker's answer (a redirect to the portal's /signin-mitid with code and state), not yet followed.</summary>
    public static async Task<HttpResponseMessage> GetBrokerAnswerAsync(
        this HttpClient client, string person, string level = "Substantial", string start = "/Account/MitId", string choice = "signin", string? otherSubject = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var challenge = await client.GetAsync(new Uri(start, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var page = await client.GetDocumentAsync(challenge.Headers.Location!.PathAndQueryOrOriginal());
        var answer = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Person"] = person,
            ["Level"] = level,
            ["choice"] = choice,
            ["OtherSubject"] = otherSubject ?? "",
        });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return answer;
    }

    /// <summary>Delivers the broker's answer to the portal and follows the portal's own redirect after it.</summary>
    public static async Task<HttpResponseMessage> FollowCallbackAsync(this HttpClient client, HttpResponseMessage brokerAnswer)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(brokerAnswer);
        var handled = await client.GetAsync(new Uri(brokerAnswer.Headers.Location!.PathAndQueryOrOriginal(), UriKind.Relative));
        if (handled.Headers.Location?.OriginalString.StartsWith("/Account/MitIdCallback", StringComparison.Ordinal) != true)
        {
            return handled;
        }

        handled.Dispose();
        return await client.GetAsync(new Uri("/Account/MitIdCallback", UriKind.Relative));
    }
}
