using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Demo;

public static class DemoRegistration
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) =>
        services.AddScoped<DemoDataSeeder>();
}
