using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Paaroerende.TestSupport;

namespace Paaroerende.Benchmark.Load;

/// <summary>
/// One virtual user: its own cookies and its own loopback source address (the socket is bound to 127.x.y.z before it
/// connects), so the portal's per-address sign-in limit sees many users, as it would in real life, and an attacker is
/// one address among them.
/// </summary>
internal sealed partial class Browser : IDisposable
{
    private readonly HttpClient _client;

    public Browser(Uri portal, IPAddress source)
    {
        Source = source;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _client = new HttpClient(handler) { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(30) };
    }

    public IPAddress Source { get; }

    /// <summary>127.b.c.d for virtual user <paramref name="index"/> of group <paramref name="group"/> (1..250 per c).</summary>
    public static IPAddress Loopback(int group, int index) =>
        new([127, (byte)group, (byte)(index / 250), (byte)((index % 250) + 1)]);

    public async Task<HttpResponseMessage> GetAsync(string path, CancellationToken ct = default)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct);
        return response;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields, CancellationToken ct = default)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(new Uri(path, UriKind.Relative), content, ct);
    }

    /// <summary>Opens a form page and returns its antiforgery token.</summary>
    public async Task<string> FormTokenAsync(string path, CancellationToken ct = default)
    {
        using var page = await GetAsync(path, ct);
        var html = await page.Content.ReadAsStringAsync(ct);
        var match = TokenPattern().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No form on {path} ({(int)page.StatusCode}).");
    }

    /// <summary>Signs in through the real login form (and the code page for staff); returns where it landed.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string email, string password, string token, CancellationToken ct = default) =>
        await PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }, ct);

    public async Task SignInAsync(string email, string password, string? authenticatorKey = null, CancellationToken ct = default)
    {
        var token = await FormTokenAsync("/Account/Login", ct);
        using var login = await PostLoginAsync(email, password, token, ct);
        var location = login.Headers.Location?.OriginalString ?? "";
        if (location.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal) && authenticatorKey is not null)
        {
            var codeToken = await FormTokenAsync(location, ct);
            using var code = await PostFormAsync(location, new Dictionary<string, string>
            {
                ["Input.Code"] = Totp.Code(authenticatorKey), ["__RequestVerificationToken"] = codeToken,
            }, ct);

            // A refused code (wrong, or already used in this time-step) answers the form again: not signed in.
            location = code.StatusCode == HttpStatusCode.Redirect ? code.Headers.Location?.OriginalString ?? "" : "/Account/LoginWith2fa";
        }

        if (login.StatusCode != HttpStatusCode.Redirect || location.Contains("/Account/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)login.StatusCode} {location}");
        }
    }

    /// <summary>The minimal page (tools/Paaroerende.MinimalPage) signs a portal sign-in in by its e-mail alone.</summary>
    public async Task SignInToMinimalPageAsync(string email, CancellationToken ct = default)
    {
        using var response = await PostFormAsync("/sign-in", new Dictionary<string, string> { ["email"] = email }, ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in to the minimal page as {email} failed: {(int)response.StatusCode}");
        }
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
