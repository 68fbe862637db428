using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Data protection (it signs and encrypts the sign-in and antiforgery cookies) shared by every instance: one
/// application name, the key ring in the portal's database, each key encrypted at rest (docs/adr/0014).
/// </summary>
internal static class DataProtectionSetup
{
    /// <summary>Part of every protector's purpose: instances with one name and one key ring read each other's cookies.</summary>
    public const string ApplicationName = "Paaroerende";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services)
    {
        // Read from the final configuration when first needed, so a test host's configuration is seen too.
        services.AddSingleton(sp => KeyEncryptionKey.Load(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<KeyEncryptionKey>((options, key) => options.XmlEncryptor = new KeyEncryptor(key));
        services.AddHostedService<KeyEncryptionKeyCheck>();
        return services;
    }

    /// <summary>A missing or malformed key stops the portal when it starts, not at the first sign-in.</summary>
    private sealed class KeyEncryptionKeyCheck(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<KeyEncryptionKey>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
