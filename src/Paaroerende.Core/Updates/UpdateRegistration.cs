using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Updates;

public static class UpdateRegistration
{
    /// <summary>Corrections and withdrawals of updates and news.</summary>
    public static IServiceCollection AddUpdates(this IServiceCollection services) =>
        services.AddScoped<UpdateCorrections>();
}
