using System.Runtime.CompilerServices;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// The demo content (Paaroerende.Demo) is registered as a factory whose body is a method of its own: the runtime loads
/// the demo assembly only when that method first runs, which is when the database initializer asks for the seed, which
/// it does only when Demo:Enabled is true. A Production portal never loads or runs demo code.
/// </summary>
internal static class DemoSetup
{
    public static IServiceCollection AddDemoDataOnDemand(this IServiceCollection services) =>
        services.AddScoped(CreateSeed);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDemoDataSeed CreateSeed(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<Demo.DemoDataSeeder>(services);
}
