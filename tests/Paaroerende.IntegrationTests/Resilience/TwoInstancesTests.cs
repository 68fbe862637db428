using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// Two portal processes on different ports over one PostgreSQL, as behind a load balancer: a browser's cookies (which
/// do not depend on the port) work on both, and what one instance stores the other shows on its next request.
/// </summary>
public class TwoInstancesTests(TwoPortals portals) : IClassFixture<TwoPortals>
{
    [Fact]
    public async Task A_sign_in_on_one_instance_works_on_the_other_and_a_consent_withdrawn_on_one_is_gone_on_the_other()
    {
        var (a, b) = (portals.A, portals.B);
        Assert.NotEqual(a.BaseAddress, b.BaseAddress);
        var (inger, consentUrl) = await MetteAndIngerAsync(portals.Database);
        var citizenPage = $"/Relatives/Citizen/{inger}";

        var metteCookies = new CookieContainer();
        using var metteOnA = a.CreateClient(metteCookies);
        using var metteOnB = b.CreateClient(metteCookies);
        await metteOnA.SignInThroughFormsAsync(DemoAccounts.Relative, DemoAccounts.Password, NoTwoFactor);
        Assert.Contains("DailyLife", await AllowedTopicsAsync(metteOnB, citizenPage));

        var staffCookies = new CookieContainer();
        using var sofieOnB = b.CreateClient(staffCookies);
        using var sofieOnA = a.CreateClient(staffCookies);
        await sofieOnB.SignInThroughFormsAsync(DemoAccounts.Staff, DemoAccounts.Password,
            () => Task.FromResult(DemoAccounts.AuthenticatorKey));
        var form = await sofieOnA.GetDocumentAsync(consentUrl);
        using var withdrawn = await sofieOnA.SubmitConfirmingAsync(form, new Dictionary<string, string>
        {
            ["Input.Levels[DailyLife]"] = "None",
            ["Input.GivenHow"] = "Written",
        });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var after = await metteOnB.GetDocumentAsync(citizenPage);
        Assert.DoesNotContain("DailyLife", after.QuerySelector("[data-allowed-topics]")?.GetAttribute("data-allowed-topics") ?? "",
            StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("[data-topic='DailyLife']"));
        Assert.NotEmpty(after.QuerySelectorAll("[data-topic='AppointmentsAndVisits']"));
    }

    [Fact]
    public async Task An_instance_with_another_key_encryption_key_does_not_accept_the_cookie()
    {
        var a = portals.A;
        var cookies = new CookieContainer();
        using var metteOnA = a.CreateClient(cookies);
        await metteOnA.SignInThroughFormsAsync(DemoAccounts.Relative, DemoAccounts.Password, NoTwoFactor);
        using (var signedIn = await metteOnA.GetAsync(new Uri("/Relatives", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        // An instance with another key-encryption key cannot open the shared keys, so it cannot read the cookie either:
        // sharing the keys is what makes the first test pass, not something else the two instances have in common.
        await using var stranger = await PortalProcess.StartAsync(portals.Database.Settings, PortalProcess.NewKeyEncryptionKey());
        using var metteOnStranger = stranger.CreateClient(cookies);
        using var response = await metteOnStranger.GetAsync(new Uri("/Relatives", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shared_keys_are_stored_encrypted_never_as_plain_key_material()
    {
        using (var client = portals.B.CreateClient(new CookieContainer()))
        {
            await client.SignInThroughFormsAsync(DemoAccounts.SecondRelative, DemoAccounts.Password, NoTwoFactor);
        }

        var key = new KeyEncryptionKey(Convert.FromBase64String(portals.KeyEncryptionKey));
        await using var db = portals.Database.CreateContext();
        var stored = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        Assert.All(stored, xml => Assert.DoesNotContain("masterKey", xml, StringComparison.Ordinal));

        // A and B made one key between them, and the key-encryption key opens it to the real key, whose secret appears
        // nowhere in what is stored. (Another test's stranger instance may have stored a key under its own KEK.)
        var shared = Assert.Single(stored, xml => xml.Contains($"kek=\"{key.Fingerprint}\"", StringComparison.Ordinal));
        var encrypted = System.Xml.Linq.XElement.Parse(shared).Descendants("encryptedKey").Single();
        using var services = new ServiceCollection().AddSingleton(key).BuildServiceProvider();
        var opened = new KeyDecryptor(services).Decrypt(encrypted);
        var secret = opened.DescendantsAndSelf().Single(e => e.Name.LocalName == "masterKey").Value.Trim();
        Assert.True(secret.Length >= 40, "the decrypted element holds the key's secret");
        Assert.All(stored, xml => Assert.DoesNotContain(secret, xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_posts_from_one_address_count_against_one_limit_across_both_instances()
    {
        // Posts from an address of its own, so the other tests' sign-ins (from 127.0.0.1) neither use nor share it; and
        // not across the end of a window (they are aligned to the minute), where a fixed window starts afresh.
        if (DateTime.UtcNow.Second >= 45)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - DateTime.UtcNow.Second));
        }

        using var onA = FromAddress(portals.A, "127.0.0.77");
        using var onB = FromAddress(portals.B, "127.0.0.77");
        var granted = new List<string>();
        for (var i = 0; i < 2 * SignInLimit && granted.Count == i; i++)
        {
            var (name, client) = i % 2 == 0 ? ("A", onA) : ("B", onB);
            using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent([]));
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                granted.Add(name);
            }
        }

        // One allowance between them: each instance alone would have granted the whole limit.
        Assert.Equal(SignInLimit, granted.Count);
        Assert.Equal(SignInLimit / 2, granted.Count(n => n == "A"));
        foreach (var client in new[] { onA, onB })
        {
            using var refused = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent([]));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }
    }

    /// <summary>The default sign-in limit per address and minute (docs/adr/0013).</summary>
    private const int SignInLimit = 30;

    /// <summary>A client whose connections come from the given loopback address, as another machine's would.</summary>
    private static HttpClient FromAddress(PortalProcess portal, string address) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new System.Net.Sockets.Socket(
                    System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private static Task<string> NoTwoFactor() =>
        throw new InvalidOperationException("A relative without two-factor sign-in was asked for a code.");

    private static async Task<string> AllowedTopicsAsync(HttpClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        return page.QuerySelector("[data-allowed-topics]")?.GetAttribute("data-allowed-topics")
            ?? throw new InvalidOperationException($"{url} shows no citizen: {page.Title}");
    }

    private static async Task<(Guid Inger, string ConsentUrl)> MetteAndIngerAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var relation = await db.Relations
            .Where(r => r.Citizen!.FirstName == "Inger" && r.Person!.FirstName == "Mette")
            .Select(r => new { r.Id, r.CitizenId })
            .SingleAsync();
        return (relation.CitizenId, $"/Staff/Citizens/{relation.CitizenId}/Relations/{relation.Id}/Consent");
    }
}
