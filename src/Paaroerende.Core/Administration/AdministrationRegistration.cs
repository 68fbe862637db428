using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Identity;

namespace Paaroerende.Core.Administration;

public static class AdministrationRegistration
{
    public static IServiceCollection AddAdministration(this IServiceCollection services) =>
        services.AddScoped<AdminAudit>().AddScoped<StaffInvitations>();
}
