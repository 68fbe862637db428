using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Infrastructure;

public static class DemoIds
{
    public static async Task<Guid> CitizenIdAsync(this PortalFactory factory, string firstName, string lastName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Citizens.Where(c => c.FirstName == firstName && c.LastName == lastName).Select(c => c.Id).SingleAsync();
    }

    /// <summary>A citizen none of the demo relatives is related to.</summary>
    public static async Task<Guid> UnrelatedCitizenIdAsync(this PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Citizens.Where(c => !db.Relations.Any(r => r.CitizenId == c.Id)).Select(c => c.Id).FirstAsync();
    }
}
