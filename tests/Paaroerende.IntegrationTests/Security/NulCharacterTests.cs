using System.Net;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// A NUL character in an address's query (a search word, a filter, a token from a broken link) is a wrong request: 400
/// and the page that says what to do, on every page and for everyone, never a server error. PostgreSQL refuses NUL in
/// text, so on main the public directory's search answered 500 there. Every page is discovered from the app, each
/// asked with a NUL in each of its own text fields and in a search word.
/// </summary>
public sealed class NulCharacterTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_page_answers_a_nul_in_its_query_with_400_and_what_to_do(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var clients = await AreaClients.SignInAsync(factory);
        var inger = (await factory.CitizenIdAsync("Inger", "Prøvesen")).ToString();
        var failures = new List<string>();
        var asked = 0;
        foreach (var page in (await PageRoutes.DiscoverAsync(factory)).Where(h => h.HttpMethod == "GET").GroupBy(h => h.Template))
        {
            if (page.Key.TrimStart('/').StartsWith("TestBroker/", StringComparison.OrdinalIgnoreCase))
            {
                continue; // OpenIddict's own endpoints (Development and tests only, docs/adr/0035).
            }

            var area = AreaClients.For(page.First());
            var address = PageRoutes.Fill(page.First() with { Name = null }, inger);
            var fields = page.SelectMany(h => h.BoundProperties).Where(p => p.Type == typeof(string)).Select(p => p.Name)
                .Append("q").Distinct();
            foreach (var field in fields)
            {
                var url = $"{address}{(address.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{field}=hvid%00ovre";
                using var response = await clients[area].GetAsync(new Uri(url, UriKind.Relative));
                var body = (await HtmlForms.ParseAsync(response)).Body?.TextContent ?? "";
                asked++;
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"{url} as {(area == "" ? "anonymous" : area)}: {(int)response.StatusCode}");
                }
                else if (!body.Contains("Gå tilbage, og prøv igen", StringComparison.Ordinal))
                {
                    failures.Add($"{url}: no word of what to do");
                }
            }
        }

        Assert.True(asked > 100, $"Only {asked} addresses asked.");
        Assert.True(failures.Count == 0, "Not 400:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_form_answers_a_nul_in_a_posted_value_with_a_4xx(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var clients = await AreaClients.SignInAsync(factory);
        var tokens = await clients.TokensAsync();
        var inger = (await factory.CitizenIdAsync("Inger", "Prøvesen")).ToString();
        var failures = new List<string>();
        var asked = 0;
        foreach (var handler in (await PageRoutes.DiscoverAsync(factory)).Where(h => h.HttpMethod == "POST"))
        {
            if (handler.Template.TrimStart('/').StartsWith("TestBroker/", StringComparison.OrdinalIgnoreCase)
                || handler.Template is "/Error" or "/StatusCode")
            {
                continue; // The error pages read no form: they are what a failed POST is shown again as.
            }

            // Signed in as the page's role would be, with a valid antiforgery token: only the NUL is wrong.
            var area = AreaClients.For(handler);
            var fields = handler.BoundProperties.Select(p => p.Name).Append("q")
                .Select(name => new KeyValuePair<string, string>(name, "hvid\0ovre"))
                .Append(new("__RequestVerificationToken", tokens[area]));
            using var content = new FormUrlEncodedContent(fields);
            var address = PageRoutes.Fill(handler, inger);
            using var response = await clients[area].PostAsync(new Uri(address, UriKind.Relative), content);
            asked++;
            if ((int)response.StatusCode is < 400 or >= 500)
            {
                failures.Add($"POST {address} as {(area == "" ? "anonymous" : area)}: {(int)response.StatusCode}");
            }
        }

        Assert.True(asked > 50, $"Only {asked} forms posted.");
        Assert.True(failures.Count == 0, "Not 4xx:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_search_word_with_a_percent_sign_or_zeros_is_still_searched(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var anonymous = factory.CreateBrowserLikeClient();
        foreach (var word in new[] { "100%25", "%2500", "00" })
        {
            using var response = await anonymous.GetAsync(new Uri($"/Kontakt/hvidovre?q={word}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
