using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Microsoft.AspNetCore;
using Paaroerende.Core.Identity;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Paaroerende.Web.TestBroker;

/// <summary>
/// A small OpenID Connect provider inside the portal that stands in for NemLog-in's test environment (docs/adr/0035):
/// Development and the tests only. OpenIddict's degraded mode: no tables, no stored tokens or clients; the one client
/// (the portal itself) is checked here, by its id and by redirect addresses on the portal's own origin. Codes and
/// tokens are signed with keys made when the process starts, so a restart ends every half-finished sign-in.
/// </summary>
internal static class TestBrokerSetup
{
    /// <summary>
    /// The broker's two RSA keys, made once per process rather than by OpenIddict's ephemeral keys, which it makes again
    /// for every host it starts: 1.2 to 5.7 seconds on this project's two-core machines (measured), paid by every test
    /// host at its first request. A restart is a new process and still ends every half-finished sign-in.
    /// </summary>
    private static readonly Lazy<(SecurityKey Encryption, SecurityKey Signing)> ProcessKeys =
        new(() => (new RsaSecurityKey(RSA.Create(2048)), new RsaSecurityKey(RSA.Create(2048))));

    public const string ClientId = "paaroerende-portal";

    /// <summary>The portal as a client of the broker acting as Hvidovre's own provider for staff (docs/adr/0044).</summary>
    public const string StaffClientId = "paaroerende-staff-hvidovre";

    public const string StaffCallbackPath = "/signin-staff-" + StaffIdpTestPersons.Municipality;
    public const string StaffSignedOutCallbackPath = "/signout-callback-staff-" + StaffIdpTestPersons.Municipality;
    public const string AuthorizePath = "/TestBroker/Authorize";
    public const string TokenPath = "/TestBroker/Token";
    public const string EndSessionPath = "/TestBroker/Logout";

    /// <summary>Only where people are made up: Development and the tests. Everywhere else its addresses are 404.</summary>
    public static bool IsEnabled(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public static IServiceCollection AddTestBroker(this IServiceCollection services, IHostEnvironment environment)
    {
        if (!IsEnabled(environment))
        {
            return services;
        }

        services.AddOpenIddict().AddServer(options =>
        {
            options.EnableDegradedMode();
            options.DisableTokenStorage();
            options.SetIssuer(new Uri(MitIdTestPersons.Issuer));
            options.SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                .SetTokenEndpointUris(TokenPath.TrimStart('/'))
                .SetEndSessionEndpointUris(EndSessionPath.TrimStart('/'))
                .SetConfigurationEndpointUris("TestBroker/.well-known/openid-configuration")
                .SetJsonWebKeySetEndpointUris("TestBroker/.well-known/jwks");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(OpenIddictConstants.Scopes.OpenId);
            options.AddEncryptionKey(ProcessKeys.Value.Encryption).AddSigningKey(ProcessKeys.Value.Signing);
            options.DisableAccessTokenEncryption();
            options.UseAspNetCore()
                .DisableTransportSecurityRequirement()
                .EnableAuthorizationEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough();

            options.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(ValidateAuthorization));
            options.AddEventHandler<ValidateTokenRequestContext>(b => b.UseInlineHandler(ValidateToken));
            options.AddEventHandler<HandleTokenRequestContext>(b => b.UseInlineHandler(HandleToken));
            options.AddEventHandler<ValidateEndSessionRequestContext>(b => b.UseInlineHandler(ValidateEndSession));
        });
        return services;
    }

    private static ValueTask ValidateAuthorization(ValidateAuthorizationRequestContext context)
    {
        if (context.ClientId is not (ClientId or StaffClientId))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidClient, "Ukendt klient.");
        }
        else if (!OnOwnOrigin(context.Transaction, context.RedirectUri,
            context.ClientId == StaffClientId ? StaffCallbackPath : MitId.MitIdOptions.CallbackPath))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidRequest, "Ukendt redirect_uri.");
        }

        return default;
    }

    private static ValueTask ValidateToken(ValidateTokenRequestContext context)
    {
        if (context.ClientId is not (ClientId or StaffClientId))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidClient, "Ukendt klient.");
        }

        return default;
    }

    /// <summary>The code's principal (what the person chose on the broker's page) becomes the tokens.</summary>
    private static ValueTask HandleToken(HandleTokenRequestContext context)
    {
        if (context.AuthorizationCodePrincipal is { } principal)
        {
            context.SignIn(principal);
        }

        return default;
    }

    private static ValueTask ValidateEndSession(ValidateEndSessionRequestContext context)
    {
        if (context.PostLogoutRedirectUri is { } uri
            && !OnOwnOrigin(context.Transaction, uri, MitId.MitIdOptions.SignedOutCallbackPath)
            && !OnOwnOrigin(context.Transaction, uri, StaffSignedOutCallbackPath))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidRequest, "Ukendt post_logout_redirect_uri.");
        }

        return default;
    }

    /// <summary>The broker only ever sends a browser back to the portal it lives in, at the given path.</summary>
    private static bool OnOwnOrigin(OpenIddictServerTransaction transaction, string? address, string path)
    {
        var request = transaction.GetHttpRequest();
        return request is not null && Uri.TryCreate(address, UriKind.Absolute, out var uri)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && uri.AbsolutePath == path && string.IsNullOrEmpty(uri.Query);
    }

    /// <summary>The claims of a test person's sign-in, under NemLog-in's names, all in the identity token.</summary>
    public static ClaimsPrincipal PrincipalFor(TestPerson person, string level)
    {
        ArgumentNullException.ThrowIfNull(person);
        var identity = new ClaimsIdentity(
            OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            OpenIddictConstants.Claims.Name, OpenIddictConstants.Claims.Role);
        identity.SetClaim(OpenIddictConstants.Claims.Subject, person.Subject)
            .SetClaim(MitId.NemLogInClaims.AssuranceLevel, level)
            .SetClaim(MitId.NemLogInClaims.FullName, person.Name)
            .SetClaim(MitId.NemLogInClaims.SpecVersion, "OIDC-DK-1.0");
        identity.SetScopes(OpenIddictConstants.Scopes.OpenId);
        identity.SetDestinations(_ => [OpenIddictConstants.Destinations.IdentityToken, OpenIddictConstants.Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// An employee's sign-in at Hvidovre's provider as the broker plays it: the subject, the groups chosen on its page,
    /// and <c>amr</c> saying whether a second factor was used (Entra ID's and AD FS's claim names).
    /// </summary>
    public static ClaimsPrincipal StaffPrincipalFor(TestPerson person, IEnumerable<string> groups, bool multiFactor)
    {
        ArgumentNullException.ThrowIfNull(person);
        var identity = new ClaimsIdentity(
            OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            OpenIddictConstants.Claims.Name, OpenIddictConstants.Claims.Role);
        identity.SetClaim(OpenIddictConstants.Claims.Subject, person.Subject)
            .SetClaim(OpenIddictConstants.Claims.Name, person.Name)
            .SetClaims("groups", [.. groups])
            .SetClaims(OpenIddictConstants.Claims.AuthenticationMethodReference, multiFactor ? ["pwd", "mfa"] : ["pwd"]);
        identity.SetScopes(OpenIddictConstants.Scopes.OpenId);
        identity.SetDestinations(_ => [OpenIddictConstants.Destinations.IdentityToken, OpenIddictConstants.Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}

/// <summary>Someone the test broker can sign in as.</summary>
internal sealed record TestPerson(string Key, string Subject, string Name)
{
    /// <summary>The demo people (bound to their demo sign-ins) and "another person", new each time the page is shown.</summary>
    public static IReadOnlyList<TestPerson> Known { get; } =
    [
        new("borger", MitIdTestPersons.CitizenSubject, "Inger Prøvesen"),
        new("paaroerende", MitIdTestPersons.RelativeSubject, "Mette Testrup"),
        new("paaroerende2", MitIdTestPersons.SecondRelativeSubject, "Jens Prøvesen"),
    ];

    /// <summary>The demo employees at Hvidovre's provider, and their usual groups.</summary>
    public static IReadOnlyList<(TestPerson Person, string[] Groups)> Employees { get; } =
    [
        (new("medarbejder", StaffIdpTestPersons.StaffSubject, "Sofie Medarbejder"), [StaffIdpTestPersons.StaffGroup, StaffIdpTestPersons.DemohavenGroup]),
        (new("admin", StaffIdpTestPersons.AdministratorSubject, "Anders Administrator"), [StaffIdpTestPersons.AdministratorGroup]),
    ];

    /// <summary>The groups the broker's page offers, as Hvidovre's provider would name them.</summary>
    public static IReadOnlyList<string> Groups { get; } =
    [
        StaffIdpTestPersons.StaffGroup, StaffIdpTestPersons.AdministratorGroup,
        StaffIdpTestPersons.DemohavenGroup, StaffIdpTestPersons.HomeCareSouthGroup,
    ];
}
