using System.Text.RegularExpressions;
using Paaroerende.Web.Forms;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// A page's body with what differs between any two responses replaced: the antiforgery tokens, the correlation id and
/// the forms' sending keys (ADR 0060). The tests that compare a stranger's 404 with a missing item's compare these, so
/// that nothing else may differ.
/// </summary>
public static partial class PerRequestValues
{
    public static async Task<string> NormalizedBodyAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Headers.TryGetValues("X-Correlation-Id", out var ids))
        {
            body = body.Replace(ids.Single(), "{correlation}", StringComparison.Ordinal);
        }

        return SendingKey().Replace(AntiforgeryToken().Replace(body, "{token}"), "${field}{key}\"");
    }

    [GeneratedRegex("CfDJ8[A-Za-z0-9_-]+")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("(?<field>name=\"" + SentOnceFilter.KeyField + "\" value=\")[0-9a-f]{32}\"")]
    private static partial Regex SendingKey();
}
