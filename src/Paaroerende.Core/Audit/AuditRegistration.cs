using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Audit;

public static class AuditRegistration
{
    /// <summary>The audit log every read and change of a citizen's data writes to.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddScoped<AuditLog>();
}
