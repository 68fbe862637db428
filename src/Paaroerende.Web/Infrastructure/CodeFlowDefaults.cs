using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Paaroerende.Web.TestBroker;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// What every OpenID Connect scheme of the portal shares — MitID through NemLog-in and each municipality's staff
/// provider: the authorization code flow with PKCE, the answer as a GET, no claim mapping or user-info call, only the
/// identity token kept (for the sign-out's id_token_hint), and the local test broker's token endpoint on the portal's
/// own address. Each scheme adds its own claims check.
/// </summary>
internal static class CodeFlowDefaults
{
    public static void Apply(
        OpenIdConnectOptions options, string? authority, string clientId, string? clientSecret, string callbackPath, string signedOutCallbackPath)
    {
        options.SignInScheme = IdentityConstants.ExternalScheme;
        // Signing out reads the identity token (the id_token_hint the provider asks for) from the portal's own cookie.
        options.SignOutScheme = IdentityConstants.ApplicationScheme;
        options.ClientId = clientId;
        options.ClientSecret = clientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        // A GET back to the portal, so the Lax correlation and nonce cookies come along without SameSite=None.
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.CallbackPath = callbackPath;
        options.SignedOutCallbackPath = signedOutCallbackPath;
        options.Scope.Clear();
        options.Scope.Add(OpenIdConnectScope.OpenId);
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        // Only the identity token is kept (in the session cookie, for the sign-out); the callback pages drop the rest.
        options.SaveTokens = true;
        options.UseTokenLifetime = false;
        options.DisableTelemetry = true;
        foreach (var cookie in new[] { options.NonceCookie, options.CorrelationCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        if (authority is not null)
        {
            options.Authority = authority;
        }
    }

    /// <summary>The local broker lives on whatever address the portal answers on (a test's free port).</summary>
    public static Task RedeemAtLocalBroker(AuthorizationCodeReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TokenEndpointRequest is { } tokenRequest)
        {
            var request = context.Request;
            tokenRequest.TokenEndpoint = $"{request.Scheme}://{request.Host}{request.PathBase}{TestBrokerSetup.TokenPath}";
        }

        return Task.CompletedTask;
    }
}
