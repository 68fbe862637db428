using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Consents;

public static class ConsentRegistration
{
    /// <summary>The gate every relative-facing read goes through, and the services that record, preview and receipt decisions.</summary>
    public static IServiceCollection AddConsents(this IServiceCollection services) =>
        services.AddScoped<ConsentGate>()
            .AddScoped<ConsentRecorder>()
            .AddScoped<ConsentChangePreview>()
            .AddScoped<CitizenConsents>()
            .AddScoped<ConsentReceipts>();
}
