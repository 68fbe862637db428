using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// The benchmark's baseline page (/Benchmark/Baseline, docs/adr/0015) has a route only when Benchmark:BaselinePage
/// is true; otherwise its route is removed, so a deployment answers 404 as for any address that does not exist.
/// </summary>
internal static class BenchmarkSetup
{
    public const string BaselinePage = "/Benchmark/Baseline";
    public const string Flag = "Benchmark:BaselinePage";

    public static IServiceCollection AddBenchmarkBaselinePage(this IServiceCollection services)
    {
        services.AddOptions<RazorPagesOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            if (!configuration.GetValue<bool>(Flag))
            {
                options.Conventions.AddPageRouteModelConvention(BaselinePage, model => model.Selectors.Clear());
            }
        });
        return services;
    }
}
