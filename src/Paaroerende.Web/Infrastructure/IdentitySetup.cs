using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Navigation;

namespace Paaroerende.Web.Infrastructure;

internal static class IdentitySetup
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);
    private const string SignedInAtKey = "paaroerende.signed-in-at";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B; docs/adr/0004).
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;

                // "Confirmed" here means "not deactivated" (ActiveAccountConfirmation): a deactivated account is
                // refused at the password step, and an open session is refused on its next request (below).
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayGuardedAuthenticator>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<DanishIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddUserConfirmation<ActiveAccountConfirmation>();

        // Replaces Identity's authenticator check (a code cannot be used twice, docs/adr/0018), once per request so the
        // code page can read why a code was refused.
        services.AddScoped<ReplayGuardedAuthenticator>();

        // A changed security stamp ends a session on its next request (the account check below compares it); Identity's
        // own validator still runs once a minute to rebuild the claims (roles) from the database.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The claims are rebuilt from the database, which does not know that the municipality's provider did the
            // second factor for this session (docs/adr/0044): that mark is carried over from the session's own claims.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.HasClaim(PortalClaims.TwoFactorEnabled, PortalClaims.TwoFactorByProvider) == true
                    && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == PortalClaims.TwoFactorEnabled))
                {
                    identity.AddClaim(new Claim(PortalClaims.TwoFactorEnabled, PortalClaims.TwoFactorByProvider));
                }

                return Task.CompletedTask;
            };
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Paaroerende.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = PagePaths.Account.Login;
            options.LogoutPath = PagePaths.Account.Logout;
            options.AccessDeniedPath = PagePaths.Account.AccessDenied;
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = context =>
            {
                var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                context.Properties.Items.TryAdd(SignedInAtKey, clock.GetUtcNow().ToUnixTimeSeconds().ToString(
                    System.Globalization.CultureInfo.InvariantCulture));
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = ValidatePrincipalAsync;
        });
        return services;
    }

    /// <summary>
    /// Ends the session 12 hours after sign-in whatever the activity, and renews the 30-minute idle window on every
    /// request so the page's own countdown (session-timeout.js) always matches the cookie. A deactivated account, or one
    /// whose security stamp changed (password reset), is refused on its very next request, on every server.
    /// </summary>
    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        try
        {
            await ValidateSessionAsync(context);
        }
        catch (Exception e) when (DatabaseOutage.IsBeingReported(context.HttpContext) && DatabaseUnreachable.Is(e))
        {
            // The error page for a database outage cannot check the account either: it is shown signed out, but the
            // cookie is kept, so the session goes on by itself when the database is back.
            context.RejectPrincipal();
        }
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var raw)
            || !long.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > AbsoluteTimeout
            || !await IsActiveAsync(context))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (StampCheckIsDue(context, clock))
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }

        if (context.Principal is not null)
        {
            context.ShouldRenew = true;
        }
    }

    /// <summary>
    /// The condition Identity's own validator applies (the cookie was issued longer ago than the interval), asked
    /// before it is resolved: resolving it builds the sign-in manager, the user manager and the user store on every
    /// request, only for it to find that the minute has not passed.
    /// </summary>
    private static bool StampCheckIsDue(CookieValidatePrincipalContext context, TimeProvider clock)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? clock).GetUtcNow();
        return context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval;
    }

    /// <summary>
    /// One primary-key lookup per request: the account still exists, is not deactivated, and its security stamp is still
    /// the one in the cookie. A password reset, an administrator's change or turning two-factor off changes the stamp,
    /// so every other session of the account ends on its next request, however active it is (the cookie is renewed on
    /// every request, so Identity's own once-a-minute check would never come due for a busy session).
    /// </summary>
    private static Task<bool> IsActiveAsync(CookieValidatePrincipalContext context)
    {
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stampClaim = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = context.Principal?.FindFirstValue(stampClaim);
        if (userId is null || stamp is null)
        {
            return Task.FromResult(false);
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<PortalDbContext>();
        return ActiveAccountCheck.IsActiveAsync(db, userId, stamp, context.HttpContext.RequestAborted);
    }
}
