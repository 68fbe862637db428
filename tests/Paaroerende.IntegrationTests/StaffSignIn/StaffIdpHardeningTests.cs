using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;

namespace Paaroerende.IntegrationTests.StaffSignIn;

/// <summary>
/// Answers no real municipal provider would give, delivered to the portal's staff callback: a token endpoint the test
/// controls returns identity tokens that are wrong in one way each. Every one is refused with the Danish page, an
/// audit entry with a fixed reason and no session (docs/adr/0044), as for MitID.
/// </summary>
#pragma warning disable CA1001 // disposed in DisposeAsync, which xunit calls
public sealed class StaffIdpHardeningTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Scheme = "Staff-hvidovre";
    private const string Callback = "/signin-staff-hvidovre";
    private readonly StubTokenEndpoint _tokens = new();
    private PortalFactory _factory = null!;

    public async Task InitializeAsync() =>
        _factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: s =>
            s.PostConfigure<OpenIdConnectOptions>(Scheme, o => o.Backchannel = new HttpClient(_tokens)));

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _tokens.Dispose();
    }

    public static TheoryData<string, string> WrongTokens => new()
    {
        { "issuer", "InvalidIssuer" },
        { "audience", "InvalidAudience" },
        { "mitid-audience", "InvalidAudience" },
        { "expired", "Expired" },
        { "signature", "InvalidSignature" },
        { "nonce", "InvalidNonce" },
        { "no-nonce", "InvalidNonce" },
        { "no-amr", "NoMultiFactor" },
    };

    [Theory]
    [MemberData(nameof(WrongTokens))]
    public async Task A_wrong_identity_token_is_refused_with_an_audit_entry_and_no_session(string wrong, string detail)
    {
        using var client = _factory.CreateBrowserLikeClient();
        var (state, nonce) = await StartAsync(client);
        _tokens.IdToken = Token(wrong, nonce);

        using var refused = await client.GetAsync(CallbackWith(state));

        var expected = detail == "NoMultiFactor" ? "NoMultiFactor" : "Failed";
        Assert.Equal($"/Account/StaffSignInRefused?reason={expected}", refused.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(1, await _factory.CountAsync(StaffIdpSignInTests.Refusals(detail)));
        await StaffIdpSignInTests.AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task The_right_token_signs_in_so_the_refusals_above_are_about_their_one_wrong_part()
    {
        using var client = _factory.CreateBrowserLikeClient();
        var (state, nonce) = await StartAsync(client);
        _tokens.IdToken = Token("none", nonce);

        using var answer = await client.GetAsync(CallbackWith(state));

        Assert.Equal("/Account/StaffSignInCallback", answer.Headers.Location?.PathAndQueryOrOriginal());
        using var landed = await client.GetAsync(new Uri("/Account/StaffSignInCallback", UriKind.Relative));
        Assert.Equal("/Staff", landed.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task A_replayed_answer_is_refused()
    {
        using var client = _factory.CreateBrowserLikeClient();
        var (state, nonce) = await StartAsync(client);
        _tokens.IdToken = Token("none", nonce);
        using var first = await client.GetAsync(CallbackWith(state));
        Assert.Equal("/Account/StaffSignInCallback", first.Headers.Location?.PathAndQueryOrOriginal());

        using var attacker = _factory.CreateBrowserLikeClient();
        using var replayedElsewhere = await attacker.GetAsync(CallbackWith(state));
        using var replayedHere = await client.GetAsync(CallbackWith(state));

        Assert.Equal("/Account/StaffSignInRefused?reason=Failed", replayedElsewhere.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal("/Account/StaffSignInRefused?reason=Failed", replayedHere.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(2, await _factory.CountAsync(StaffIdpSignInTests.Refusals("CorrelationFailed")));
        await StaffIdpSignInTests.AssertSignedOutAsync(attacker);
    }

    [Theory]
    [InlineData("forkert-state")]
    [InlineData("")]
    public async Task A_state_that_is_not_this_browsers_is_refused(string state)
    {
        using var client = _factory.CreateBrowserLikeClient();
        var (_, nonce) = await StartAsync(client);
        _tokens.IdToken = Token("none", nonce);

        using var refused = await client.GetAsync(CallbackWith(state));

        Assert.Equal("/Account/StaffSignInRefused?reason=Failed", refused.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(1, await _factory.CountAsync(StaffIdpSignInTests.Refusals("InvalidState")));
        await StaffIdpSignInTests.AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task A_MitID_answer_is_not_an_employees_answer()
    {
        // MitID's state belongs to MitID's scheme: delivered to the staff callback it is refused.
        using var client = _factory.CreateBrowserLikeClient();
        using var challenge = await client.GetAsync(new Uri("/Account/MitId", UriKind.Relative));
        var state = HttpUtility.ParseQueryString(new Uri("http://x" + challenge.Headers.Location!.PathAndQueryOrOriginal()).Query)["state"]!;
        _tokens.IdToken = Token("none", "");

        using var refused = await client.GetAsync(CallbackWith(state));

        Assert.Equal("/Account/StaffSignInRefused?reason=Failed", refused.Headers.Location?.PathAndQueryOrOriginal());
        await StaffIdpSignInTests.AssertSignedOutAsync(client);
    }

    private static async Task<(string State, string Nonce)> StartAsync(HttpClient client)
    {
        using var challenge = await client.GetAsync(new Uri(StaffIdpBroker.Start, UriKind.Relative));
        var query = HttpUtility.ParseQueryString(new Uri("http://x" + challenge.Headers.Location!.PathAndQueryOrOriginal()).Query);
        Assert.Equal("paaroerende-staff-hvidovre", query["client_id"]);
        return (query["state"]!, query["nonce"]!);
    }

    private static Uri CallbackWith(string state) =>
        new($"{Callback}?code=en-kode&state={Uri.EscapeDataString(state)}", UriKind.Relative);

    /// <summary>An identity token for the demo employee that is right except for <paramref name="wrong"/>.</summary>
    private string Token(string wrong, string nonce)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = StaffIdpTestPersons.StaffSubject,
            ["groups"] = new[] { StaffIdpTestPersons.StaffGroup },
            ["amr"] = wrong == "no-amr" ? new[] { "pwd" } : new[] { "pwd", "mfa" },
            ["at_hash"] = AtHash(StubTokenEndpoint.AccessToken),
        };
        if (wrong != "no-nonce")
        {
            claims["nonce"] = wrong == "nonce" ? "en-anden-nonce" : nonce;
        }

        var brokerKey = _factory.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.SigningCredentials[0];
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = wrong == "issuer" ? "https://falsk-idp.example/" : MitIdTestPersons.Issuer,
            Audience = wrong switch { "audience" => "en-anden-klient", "mitid-audience" => "paaroerende-portal", _ => "paaroerende-staff-hvidovre" },
            IssuedAt = wrong == "expired" ? now.AddHours(-2) : now,
            NotBefore = wrong == "expired" ? now.AddHours(-2) : now,
            Expires = wrong == "expired" ? now.AddHours(-1) : now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = wrong == "signature"
                ? new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = brokerKey.Key.KeyId }, SecurityAlgorithms.RsaSha256)
                : new SigningCredentials(brokerKey.Key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string AtHash(string accessToken)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        return Base64UrlEncoder.Encode(hash[..(hash.Length / 2)]);
    }

    /// <summary>The provider's token endpoint as the test wants it: it answers every code with the token it was given.</summary>
    private sealed class StubTokenEndpoint : HttpMessageHandler
    {
        public const string AccessToken = "et-adgangstoken";

        public string IdToken { get; set; } = "";

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                    $$"""{"id_token":"{{IdToken}}","access_token":"{{AccessToken}}","token_type":"Bearer","expires_in":300}""",
                    Encoding.UTF8, "application/json"),
            });
    }
}
