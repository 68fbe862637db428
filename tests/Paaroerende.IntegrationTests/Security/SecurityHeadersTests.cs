using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>The headers every answer carries (docs/adr/0013): pages, status pages, static files, signed in or not.</summary>
public class SecurityHeadersTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/Kontakt")]
    [InlineData("/findes-ikke")]
    [InlineData("/css/site.css")]
    [InlineData("/lib/dkfds/js/dkfds.min.js")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        AssertSecurityHeaders(response, url);
    }

    [Fact]
    public void The_content_security_policy_allows_nothing_inline_and_no_framing()
    {
        var policy = Directives(Web.Infrastructure.SecurityHeaders.ContentSecurityPolicy);

        Assert.DoesNotContain(policy.Values.SelectMany(v => v), v => v is "'unsafe-inline'" or "'unsafe-eval'" or "*" or "data:");
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'self'"], policy["style-src"]);
        Assert.Equal(["'self'"], policy["default-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
    }

    /// <summary>
    /// Every page and download (CSV export, JSON data) a signed-in user can open without an id of their own choosing,
    /// and the relative's pages about a citizen: none may be kept by a browser or proxy. Pages with a form get this
    /// from antiforgery as well; the downloads have no form and get it only from the portal's own rule.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_signed_in_page_and_download_is_marked_no_store(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var handlers = (await PageRoutes.DiscoverAsync(factory)).Where(h => h.HttpMethod == "GET" && h.Template != "/Account/Logout").ToList();
        var citizen = (await factory.CitizenIdAsync("Inger", "Prøvesen")).ToString();
        var accounts = new Dictionary<string, string>
        {
            ["Admin"] = DemoAccounts.Administrator,
            ["Staff"] = DemoAccounts.Staff,
            ["Relatives"] = DemoAccounts.Relative,
            ["Citizen"] = DemoAccounts.Citizen,
        };

        var missing = new List<string>();
        var seen = new List<string>();
        foreach (var (area, email) in accounts)
        {
            using var client = await factory.SignInAsAsync(email);
            var urls = handlers
                .Where(h => (h.Area is null || h.Area == area) && (h.RequiredRouteValues.Count == 0 || area == "Relatives"))
                .Select(h => PageRoutes.Fill(h, citizen))
                .Distinct();
            foreach (var url in urls)
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                seen.Add(url);
                if (response.Headers.CacheControl?.NoStore != true)
                {
                    missing.Add($"{area} {url}: Cache-Control {response.Headers.CacheControl}");
                }
            }
        }

        Assert.True(seen.Count >= 30, $"Only {seen.Count} signed-in pages answered 200.");
        Assert.Contains("/Admin/Directory/Export", seen);
        Assert.Contains("/Citizen/MyData?handler=Json", seen);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Https_answers_carry_HSTS_outside_Development()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://portal.example/"),
        });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts));
        Assert.Contains("max-age=", hsts.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_sends_no_HSTS_so_a_developer_s_browser_is_not_pinned_to_https_on_localhost()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, demoData: false);
        await using var development = factory.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://portal.example/"),
        });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        AssertSecurityHeaders(response, "/ in Development");
    }

    /// <summary>
    /// The cookie rules the scanners check (docs/security.md): over https every cookie the portal sets — sign-in,
    /// antiforgery, language, TempData — is Secure, HttpOnly and SameSite. Over plain http (a developer's machine, the
    /// loopback scan) they cannot be Secure, which is why the scanners flag them there.
    /// </summary>
    [Fact]
    public async Task Over_https_every_cookie_the_portal_sets_is_Secure_HttpOnly_and_SameSite()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Cookie");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://portal.example/"),
        });

        var setCookies = new List<string>();
        using (var login = await client.PostLoginAsync(relative.Email, TestUsers.Password))
        {
            setCookies.AddRange(SetCookies(login));
        }

        var checkIn = await client.GetDocumentAsync($"{relative.CitizenPage}/CheckIn");
        using (var sent = await client.SubmitAsync(checkIn, new Dictionary<string, string>
               {
                   ["Input.Wellbeing"] = "4", ["Input.EnoughRest"] = "Yes", ["Input.EnoughSupport"] = "Yes",
               }))
        {
            setCookies.AddRange(SetCookies(sent));
        }

        using (var language = await client.SubmitAsync(await client.GetDocumentAsync("/"),
                   new Dictionary<string, string> { ["culture"] = "en" }, "form.language-form"))
        {
            setCookies.AddRange(SetCookies(language));
        }

        var names = setCookies.Select(c => c.Split('=', 2)[0]).Distinct().ToList();
        Assert.Contains("Paaroerende.Auth", names);
        Assert.Contains(".AspNetCore.Culture", names);
        Assert.Contains(".AspNetCore.Mvc.CookieTempDataProvider", names);
        var weak = setCookies.Where(c => !c.Contains("; secure", StringComparison.OrdinalIgnoreCase)
            || !c.Contains("; httponly", StringComparison.OrdinalIgnoreCase)
            || !c.Contains("; samesite=", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(weak.Count == 0, string.Join("\n", weak.Select(c => c.Split('=', 2)[0] + " " + string.Join("; ", c.Split("; ").Skip(1)))));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    internal static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{what}: no Content-Security-Policy");
        Assert.Equal(Web.Infrastructure.SecurityHeaders.ContentSecurityPolicy, csp.Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);
}
