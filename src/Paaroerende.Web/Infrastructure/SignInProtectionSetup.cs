using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Paaroerende.Core.Identity;

namespace Paaroerende.Web.Infrastructure;

/// <summary>Sign-in under attack (docs/adr/0013): per-address rate limits and a cap on concurrent password hashing.</summary>
internal static class SignInProtectionSetup
{
    /// <summary>Call after AddPortalIdentity: it replaces Identity's hasher with the capped one.</summary>
    public static IServiceCollection AddPortalSignInProtection(this IServiceCollection services)
    {
        services.AddOptions<PasswordHashingOptions>().BindConfiguration(PasswordHashingOptions.Section)
            .Validate(o => o.MaxConcurrent >= 0 && o.MaxWait > TimeSpan.Zero,
                "PasswordHashing: MaxConcurrent must be 0 (one per core) or more, and MaxWait positive.")
            .ValidateOnStart();
        services.AddSingleton<PasswordHashingGate>();
        services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<PortalUser>, CappedPasswordHasher>());
        services.AddPortalRateLimits();
        return services;
    }
}
