using System.Net;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// A request for which a page has no handler (a POST to a page that only shows, an unknown ?handler=) answers 404,
/// never a server error, and a relative with access gets exactly the answer a stranger gets. Every page is discovered
/// from the app, so a new page is covered without anyone listing it.
/// </summary>
public class UnknownHandlerTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Unknown = "Nope";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_with_access_gets_exactly_a_strangers_answer_for_a_handler_the_page_lacks(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen"); // Jens's
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen"); // not Jens's
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var token = await jens.TokenAsync("/Relatives");
        var pages = (await PageRoutes.DiscoverAsync(factory)).Where(h => h.Area == "Relatives").GroupBy(h => h.Template).ToList();
        Assert.Contains(pages, p => p.Key.Contains("{citizenId", StringComparison.Ordinal));

        var checkedRequests = 0;
        foreach (var page in pages)
        {
            foreach (var (method, handler) in MissingHandlers(page))
            {
                var withAccess = await SendAsync(jens, method, RelativeRoutes.WithCitizen(page.Key, inger), handler, token);
                var stranger = await SendAsync(jens, method, RelativeRoutes.WithCitizen(page.Key, bent), handler, token);

                var request = $"{method} {page.Key}{(handler is null ? "" : "?handler=" + handler)}";
                Assert.True(withAccess.Status == HttpStatusCode.NotFound, $"{request} with access: {(int)withAccess.Status}");
                Assert.True(stranger.Status == HttpStatusCode.NotFound, $"{request} as a stranger: {(int)stranger.Status}");
                Assert.True(withAccess.Body == stranger.Body, $"{request}: the body with access differs from a stranger's");
                checkedRequests++;
            }
        }

        Assert.True(checkedRequests > 2 * pages.Count, $"Only {checkedRequests} requests checked.");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_page_of_the_portal_answers_404_for_a_handler_it_lacks(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var clients = await AreaClients.SignInAsync(factory);
        var tokens = await clients.TokensAsync();
        var inger = (await factory.CitizenIdAsync("Inger", "Prøvesen")).ToString();
        var failures = new List<string>();
        foreach (var page in (await PageRoutes.DiscoverAsync(factory)).GroupBy(h => h.Template))
        {
            if (page.Key.TrimStart('/').StartsWith("TestBroker/", StringComparison.OrdinalIgnoreCase))
            {
                // The test broker's OpenID Connect endpoints (Development and tests only, docs/adr/0035) are
                // answered by OpenIddict before any page runs: a request that is no authorization or end-session
                // request is the protocol's 400 invalid_request. Production has no broker: 404 (TestBrokerSignInTests).
                continue;
            }

            // A shared page that needs a sign-in is asked by a signed-in relative, so the answer is the page's own.
            var area = AreaClients.For(page.First());
            var address = PageRoutes.Fill(page.First() with { Name = null }, inger);
            foreach (var (method, handler) in MissingHandlers(page))
            {
                var answer = await SendAsync(clients[area], method, address, handler, tokens[area]);
                if (answer.Status != HttpStatusCode.NotFound)
                {
                    failures.Add($"{method} {address}{(handler is null ? "" : "?handler=" + handler)} as {(area == "" ? "anonymous" : area)}: {(int)answer.Status}");
                }
            }
        }

        Assert.True(failures.Count == 0, "Not 404:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The requests the page has no handler for: an unknown handler name by GET and by POST, and a plain POST when the
    /// page has no unnamed POST handler. A plain GET of a page without handlers is the page itself, so it is not one.
    /// </summary>
    private static IEnumerable<(string Method, string? Handler)> MissingHandlers(IEnumerable<PageHandler> page)
    {
        yield return ("GET", Unknown);
        yield return ("POST", Unknown);
        if (!page.Any(h => h.HttpMethod == "POST" && h.Name is null))
        {
            yield return ("POST", null);
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(
        HttpClient client, string method, string address, string? handler, string token)
    {
        var uri = new Uri(address + (handler is null ? "" : (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler), UriKind.Relative);
        using var request = new HttpRequestMessage(new HttpMethod(method), uri);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await PerRequestValues.NormalizedBodyAsync(response));
    }
}
