using Paaroerende.Demo;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// A client for each area of the portal, signed in with that area's demo sign-in (Admin, Staff, Relatives, Citizen),
/// and an anonymous one under "": the clients the tests over every discovered page ask with. Disposed together.
/// </summary>
public sealed class AreaClients : IDisposable
{
    private readonly Dictionary<string, HttpClient> _clients;

    private AreaClients(Dictionary<string, HttpClient> clients) => _clients = clients;

    public HttpClient this[string area] => _clients[area];

    public IEnumerable<string> Areas => _clients.Keys;

    public static async Task<AreaClients> SignInAsync(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new AreaClients(new Dictionary<string, HttpClient>
        {
            [""] = factory.CreateBrowserLikeClient(),
            ["Relatives"] = await factory.SignInAsAsync(DemoAccounts.Relative),
            ["Citizen"] = await factory.SignInAsAsync(DemoAccounts.Citizen),
            ["Staff"] = await factory.SignInAsAsync(DemoAccounts.Staff),
            ["Admin"] = await factory.SignInAsAsync(DemoAccounts.Administrator),
        });
    }

    /// <summary>Each client's antiforgery token, from its area's start page (the sign-in page for the anonymous one).</summary>
    public async Task<IReadOnlyDictionary<string, string>> TokensAsync()
    {
        var tokens = new Dictionary<string, string>();
        foreach (var (area, client) in _clients)
        {
            tokens[area] = await client.TokenAsync(area == "" ? "/Account/Login" : "/" + area);
        }

        return tokens;
    }

    /// <summary>The area a page is asked from: its own, else anonymous when it allows that, else a relative's.</summary>
    public static string For(PageHandler page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Area ?? (page.AllowsAnonymous ? "" : "Relatives");
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
