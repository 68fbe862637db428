using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Staff;

public static class StaffRegistration
{
    /// <summary>What a staff member may act on (their units' citizens) and their start page's tasks.</summary>
    public static IServiceCollection AddStaffWork(this IServiceCollection services) =>
        services.AddScoped<StaffScope>()
            .AddScoped<StaffTasks>();
}
