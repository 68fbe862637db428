using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Feedback;

public static class FeedbackRegistration
{
    /// <summary>The systematic feedback's figures.</summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services) =>
        services.AddScoped<FeedbackReports>();
}
