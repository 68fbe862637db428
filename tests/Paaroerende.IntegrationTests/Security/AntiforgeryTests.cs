using System.Net;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// Every POST handler the portal has, found from the app itself, posted as a forged cross-site request would be: with
/// the victim's cookies (signed in as the role the page is for) but without the antiforgery token. Each must answer
/// 400 before it does anything.
/// </summary>
public class AntiforgeryTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    /// <summary>The status pages take posts only so that a failed post can show its error page; they change nothing.</summary>
    private static readonly string[] ExemptPages = ["/Error", "/StatusCode"];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_post_handler_refuses_a_post_without_an_antiforgery_token(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var posts = (await PageRoutes.DiscoverAsync(factory)).Where(h => h.HttpMethod == "POST").ToList();
        using var signedIn = await AreaClients.SignInAsync(factory);
        var anonymous = signedIn[""];

        var accepted = new List<string>();
        var tried = 0;
        foreach (var handler in posts.Where(h => !ExemptPages.Contains(h.ViewEnginePath)))
        {
            (string Who, HttpClient Client)[] clients = handler.Area is { } area ? [(area, signedIn[area])]
                : handler.AllowsAnonymous ? [("anonymous", anonymous), ("relative", signedIn["Relatives"])]
                : [("relative", signedIn["Relatives"]), ("staff", signedIn["Staff"])];
            foreach (var (who, client) in clients)
            {
                using var content = new FormUrlEncodedContent([new("Input.Text", "forged")]);
                using var response = await client.PostAsync(new Uri(PageRoutes.Fill(handler, Guid.NewGuid().ToString()), UriKind.Relative), content);
                tried++;
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    accepted.Add($"{handler} as {who}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(posts.Count >= 50, $"Only {posts.Count} POST handlers were found.");
        Assert.Contains(posts, h => h.ToString() == "POST /Account/Login");
        Assert.Contains(posts, h => h.ToString() == "POST /Sprog");
        Assert.True(tried >= posts.Count, $"Only {tried} posts were tried.");
        Assert.Empty(accepted);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_the_status_pages_opt_out_of_antiforgery(string provider)
    {
        var factory = await portal.ForAsync(provider);

        var optedOut = (await PageRoutes.DiscoverAsync(factory)).Where(h => h.IgnoresAntiforgery)
            .Select(h => h.ViewEnginePath).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(ExemptPages, optedOut);
    }
}
