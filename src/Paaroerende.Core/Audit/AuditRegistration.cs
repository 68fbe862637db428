using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// The audit log every read and change of a citizen's data writes to, the one writer that stores the relatives'
    /// reads by group commit (docs/adr/0050), and on a SQLite file the queue they are stored in first (docs/adr/0055).
    /// </summary>
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddScoped<AuditLog>().AddSingleton<AuditReadWriter>()
            .AddSingleton(sp => QueuedAuditReads.For(sp.GetRequiredService<DatabaseSettings>()));
}
