using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Expectations;

public static class ExpectationRegistration
{
    /// <summary>Expectation agreements and their acknowledgements.</summary>
    public static IServiceCollection AddExpectations(this IServiceCollection services) =>
        services.AddScoped<ExpectationAgreements>();
}
