using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.MitId;
using Paaroerende.Web.Navigation;
using Paaroerende.Web.TestBroker;

namespace Paaroerende.Web.StaffSignIn;

/// <summary>
/// Staff sign in through their municipality's own identity provider (docs/adr/0044): one OpenID Connect scheme per
/// configured municipality, authorization code flow with PKCE, nonce and state, as for MitID. The provider's answer is
/// kept only in Identity's short-lived external cookie until /Account/StaffSignInCallback has found the employee's
/// sign-in and mapped the groups; the session is then the portal's own cookie. Without any configured municipality,
/// Development and the tests let the local test broker act as Hvidovre's provider.
/// </summary>
internal static class StaffSignInSetup
{
    public static IServiceCollection AddPortalStaffSignIn(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(StaffSignInOptions.Section).Get<StaffSignInOptions>() ?? new StaffSignInOptions();
        var providers = settings.Municipalities
            .Where(m => !string.IsNullOrEmpty(m.Value.Authority))
            .Select(m => new StaffProvider(m.Key, m.Value))
            .ToList();
        if (providers.Count == 0 && TestBrokerSetup.IsEnabled(environment))
        {
            providers.Add(new StaffProvider(StaffIdpTestPersons.Municipality, MunicipalityProvider.LocalTestBroker()));
        }

        services.AddSingleton(new StaffProviders(providers));
        services.AddScoped<StaffIdpAccounts>();
        foreach (var provider in providers)
        {
            AddScheme(services, provider);
        }

        return services;
    }

    private static void AddScheme(IServiceCollection services, StaffProvider provider)
    {
        var settings = provider.Settings;
        services.AddAuthentication().AddOpenIdConnect(provider.Scheme, provider.DisplayName, options =>
        {
            CodeFlowDefaults.Apply(options, provider.IsLocal ? null : settings.Authority, settings.ClientId, settings.ClientSecret,
                provider.CallbackPath, provider.SignedOutCallbackPath);

            options.Events = new OpenIdConnectEvents
            {
                OnAuthorizationCodeReceived = context => provider.IsLocal ? CodeFlowDefaults.RedeemAtLocalBroker(context) : Task.CompletedTask,
                OnTokenValidated = context =>
                {
                    // The municipality's provider enforces multi-factor; the portal only believes it when the token
                    // says so, and then does not ask for its own authenticator code.
                    var methods = context.Principal?.FindAll(settings.MfaClaim).Select(c => c.Value) ?? [];
                    if (!methods.Any(settings.EffectiveMfaValues.Contains))
                    {
                        context.Fail(new StaffSignInRefusedException(StaffSignInRefusal.NoMultiFactor, "NoMultiFactor"));
                    }

                    return Task.CompletedTask;
                },
                OnAccessDenied = async context =>
                {
                    await RefuseAsync(context.HttpContext, StaffSignInRefusal.Cancelled, "Cancelled");
                    context.HandleResponse();
                },
                OnRemoteFailure = async context =>
                {
                    var (refusal, detail) = context.Failure is StaffSignInRefusedException refused
                        ? (refused.Refusal, refused.Detail)
                        : (StaffSignInRefusal.Failed, MitIdFailures.Of(context.Failure).Detail);
                    await RefuseAsync(context.HttpContext, refusal, detail);
                    context.HandleResponse();
                },
            };
        });

        if (provider.IsLocal)
        {
            services.AddOptions<OpenIdConnectOptions>(provider.Scheme)
                .Configure<IOptionsMonitor<OpenIddictServerOptions>>(MitIdSetup.UseLocalBroker);
        }
    }

    /// <summary>Audits the refusal and shows the Danish page that says why and what to do.</summary>
    public static async Task RefuseAsync(HttpContext http, StaffSignInRefusal refusal, string detail, string? actorUserId = null)
    {
        var services = http.RequestServices;
        services.GetRequiredService<AuditLog>().Add(actorUserId ?? StaffIdpTestPersons.AnonymousActor,
            AuditAction.StaffSignInRefused, AuditOutcome.Denied, detail: detail);
        await services.GetRequiredService<PortalDbContext>().SaveChangesAsync(http.RequestAborted);
        http.Response.Redirect($"{PagePaths.Account.StaffSignInRefused}?reason={refusal}");
    }
}
