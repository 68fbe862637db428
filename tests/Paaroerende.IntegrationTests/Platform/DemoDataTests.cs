using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Platform;

public class DemoDataTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Starting_twice_on_the_same_database_seeds_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await CountsAfterStartAsync(database);
        var second = await CountsAfterStartAsync(database);

        Assert.Equal(5, first.Municipalities);
        Assert.True(first.Citizens > 0 && first.Users >= 6 && first.Situations > 0);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task With_demo_data_switched_off_the_database_only_gets_the_schema_and_roles()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProviders.Sqlite);
        await using (var factory = new PortalFactory(database, demoData: false, ownsDatabase: false))
        {
            _ = factory.Server;
        }

        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Municipalities.CountAsync());
        Assert.Equal(4, await context.Roles.CountAsync());
    }

    private static async Task<Counts> CountsAfterStartAsync(TestDatabase database)
    {
        await using var factory = new PortalFactory(database, ownsDatabase: false);
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var counts = new Counts(
            await db.Municipalities.CountAsync(), await db.Citizens.CountAsync(),
            await db.Users.CountAsync(), await db.DirectorySituations.CountAsync(), await db.ConsentRecords.CountAsync());
        return counts;
    }

    private sealed record Counts(int Municipalities, int Citizens, int Users, int Situations, int Consents);
}
