using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;

namespace Paaroerende.Demo;

public static class DemoRegistration
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) =>
        services.AddScoped<IDemoDataSeed, DemoDataSeeder>();
}
