using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Identity;

namespace Paaroerende.Core.Data;

public static class DatabaseInitializer
{
    /// <summary>How long one statement of a migration or a rebuild may run: they read whole tables, pages never do.</summary>
    public static readonly TimeSpan MaintenanceCommandTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Applies the migrations (never EnsureCreated), makes sure the four roles exist and, when Demo:Enabled is true,
    /// adds the demo municipalities and sign-ins (the demo project's <see cref="IDemoDataSeed"/>, registered only by
    /// hosts that carry it). Safe to run on every start.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // A migration that fills a new table from the history (20261203120000_CurrentConsents) runs one statement over
        // every consent record; on a large municipality's database that takes longer than a page's 30 seconds.
        db.Database.SetCommandTimeout(MaintenanceCommandTimeout);
        await db.Database.MigrateAsync();
        db.Database.SetCommandTimeout(null);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            await scope.ServiceProvider.GetRequiredService<IDemoDataSeed>().SeedAsync();
        }
    }

    /// <summary>
    /// The command <c>rebuild-current-consents</c>: rebuilds the current-access table from the consent history (after a
    /// bulk load that bypassed the portal, or to prove the table right). Returns how many current decisions there are.
    /// </summary>
    public static async Task<int> RebuildCurrentConsentsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await new Consents.CurrentConsentRebuild(db).RunAsync();
    }
}
