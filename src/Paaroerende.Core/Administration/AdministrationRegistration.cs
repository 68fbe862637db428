using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Administration;

public static class AdministrationRegistration
{
    public static IServiceCollection AddAdministration(this IServiceCollection services) =>
        services.AddScoped<AdminAudit>();
}
