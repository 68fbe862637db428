using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Paaroerende.Core.Identity;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Sign-in under attack and cookie rules (docs/adr/0013): per-address rate limits, a cap on concurrent password
/// hashing, and Secure cookies over https. The response headers are middleware (<see cref="SecurityHeaders"/>).
/// </summary>
internal static class SecuritySetup
{
    /// <summary>Call after AddPortalIdentity: it replaces Identity's hasher with the capped one.</summary>
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services)
    {
        services.AddOptions<PasswordHashingOptions>().BindConfiguration(PasswordHashingOptions.Section)
            .Validate(o => o.MaxConcurrent >= 0 && o.MaxWait > TimeSpan.Zero,
                "PasswordHashing: MaxConcurrent must be 0 (one per core) or more, and MaxWait positive.")
            .ValidateOnStart();
        services.AddSingleton<PasswordHashingGate>();
        services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<PortalUser>, CappedPasswordHasher>());
        services.AddPortalRateLimits();
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section);
        services.AddSingleton<PasswordSignIns>();

        // TempData's cookie is not Secure by default even over https (found by the security tests, docs/security.md).
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        return services;
    }
}
