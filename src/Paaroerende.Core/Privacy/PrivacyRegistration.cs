using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Privacy;

public static class PrivacyRegistration
{
    /// <summary>The copies of one's own data (citizen, relative, staff's insight export).</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services) =>
        services.AddScoped<PersonalDataExport>();
}
