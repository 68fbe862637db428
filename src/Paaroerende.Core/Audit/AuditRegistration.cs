using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.Core.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// The audit log every read and change of a citizen's data writes to, and the one writer that stores the relatives'
    /// reads by group commit (docs/adr/0050).
    /// </summary>
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddScoped<AuditLog>().AddSingleton<AuditReadWriter>();
}
