using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OpenIddict.Server;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Navigation;
using Paaroerende.Web.TestBroker;

namespace Paaroerende.Web.MitId;

/// <summary>
/// MitID through NemLog-in's OpenID Connect broker for citizens and relatives (docs/adr/0035): authorization code flow
/// with PKCE, nonce and state, the answer kept only in Identity's short-lived external cookie until
/// /Account/MitIdCallback has bound or found the account; the session is then the portal's own cookie as for a
/// password. Without a configured authority, Development and the tests use the local test broker.
/// </summary>
internal static class MitIdSetup
{
    /// <summary>The value of acr_values: NemLog-in's name for the lowest level the portal accepts.</summary>
    public const string RequestedLevel = "https://data.gov.dk/concept/core/nsis/loa/Substantial";

    public static IServiceCollection AddPortalMitId(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(MitIdOptions.Section).Get<MitIdOptions>() ?? new MitIdOptions();
        var local = string.IsNullOrEmpty(settings.Authority);
        var enabled = !local || TestBrokerSetup.IsEnabled(environment);
        services.AddSingleton(new MitIdAvailability(enabled));
        services.AddScoped<MitIdAccounts>();
        if (!enabled)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(MitIdOptions.Scheme, "MitID", options =>
        {
            CodeFlowDefaults.Apply(options, local ? null : settings.Authority, settings.ClientId, settings.ClientSecret,
                MitIdOptions.CallbackPath, MitIdOptions.SignedOutCallbackPath);
            options.TokenValidationParameters.NameClaimType = NemLogInClaims.FullName;

            options.Events = new OpenIdConnectEvents
            {
                OnRedirectToIdentityProvider = context =>
                {
                    context.ProtocolMessage.AcrValues = RequestedLevel;
                    return Task.CompletedTask;
                },
                OnAuthorizationCodeReceived = context => local ? CodeFlowDefaults.RedeemAtLocalBroker(context) : Task.CompletedTask,
                OnTokenValidated = context =>
                {
                    var level = context.Principal?.FindFirst(NemLogInClaims.AssuranceLevel)?.Value;
                    if (!AssuranceLevels.IsEnough(level))
                    {
                        context.Fail(new MitIdRefusedException(MitIdRefusal.LevelTooLow,
                            "LevelTooLow:" + (AssuranceLevels.All.Contains(level) ? level : "Missing")));
                    }

                    return Task.CompletedTask;
                },
                OnAccessDenied = async context =>
                {
                    await RefuseAsync(context.HttpContext, MitIdRefusal.Cancelled, "Cancelled");
                    context.HandleResponse();
                },
                OnRemoteFailure = async context =>
                {
                    var (refusal, detail) = MitIdFailures.Of(context.Failure);
                    await RefuseAsync(context.HttpContext, refusal, detail);
                    context.HandleResponse();
                },
            };
        });

        if (local)
        {
            services.AddOptions<OpenIdConnectOptions>(MitIdOptions.Scheme)
                .Configure<IOptionsMonitor<OpenIddictServerOptions>>(UseLocalBroker);
        }

        return services;
    }

    /// <summary>
    /// The broker's metadata and keys straight from its own options: nothing is fetched over the network, so the portal
    /// starts and the tests run whatever port it listens on.
    /// </summary>
    internal static void UseLocalBroker(OpenIdConnectOptions options, IOptionsMonitor<OpenIddictServerOptions> broker)
    {
        var configuration = new OpenIdConnectConfiguration
        {
            Issuer = MitIdTestPersons.Issuer,
            AuthorizationEndpoint = TestBrokerSetup.AuthorizePath,
            TokenEndpoint = MitIdTestPersons.Issuer + "token", // replaced per request (OnAuthorizationCodeReceived)
            EndSessionEndpoint = TestBrokerSetup.EndSessionPath,
        };
        foreach (var credentials in broker.CurrentValue.SigningCredentials)
        {
            configuration.SigningKeys.Add(credentials.Key);
        }

        options.Configuration = configuration;
        options.RequireHttpsMetadata = false;
    }

    /// <summary>Audits the refusal (no account is known yet) and shows the Danish page that says why and what to do.</summary>
    public static async Task RefuseAsync(HttpContext http, MitIdRefusal refusal, string detail, string? actorUserId = null)
    {
        var services = http.RequestServices;
        services.GetRequiredService<AuditLog>().Add(actorUserId ?? MitIdTestPersons.AnonymousActor,
            AuditAction.MitIdSignInRefused, AuditOutcome.Denied, detail: detail);
        await services.GetRequiredService<PortalDbContext>().SaveChangesAsync(http.RequestAborted);
        http.Response.Redirect($"{PagePaths.Account.MitIdRefused}?reason={refusal}");
    }
}
