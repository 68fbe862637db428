using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Data;

/// <summary>
/// The migrations are written by hand, so this is what catches a model change without a migration: the schema the
/// migrations build in a real, empty database must be exactly the schema the EF model expects.
/// </summary>
public class SchemaMatchesModelTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrations_build_exactly_the_schema_the_model_expects(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();

        var differences = SchemaComparer.Differences(ModelSchemaReader.Read(context), await ReadAsync(context));

        Assert.Empty(differences);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_missing_index_or_column_is_reported(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();
        // SQL Server names the table of an index to drop; the others know index names schema-wide.
        await context.Database.ExecuteSqlRawAsync(context.Database.IsSqlServer()
            ? "DROP INDEX \"IX_Relations_CitizenId\" ON \"Relations\""
            : "DROP INDEX \"IX_Relations_CitizenId\"");
        await context.Database.ExecuteSqlRawAsync("ALTER TABLE \"Offers\" DROP COLUMN \"WebAddress\"");

        var differences = SchemaComparer.Differences(ModelSchemaReader.Read(context), await ReadAsync(context));

        Assert.Contains("index IX_Relations_CitizenId on Relations is missing", differences);
        Assert.Contains("Offers.WebAddress is missing", differences);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrating_twice_changes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using (var first = database.CreateContext())
        {
            await first.Database.MigrateAsync();
        }

        await using var second = database.CreateContext();
        await second.Database.MigrateAsync();

        Assert.Empty(await second.Database.GetPendingMigrationsAsync());
        Assert.Equal(second.Database.GetMigrations(), await second.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<DatabaseSchema> ReadAsync(PortalDbContext context)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        if (context.Database.IsSqlServer())
        {
            return await SqlServerSchemaReader.ReadAsync(connection);
        }

        return context.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal)
            ? await SqliteSchemaReader.ReadAsync(connection)
            : await PostgresSchemaReader.ReadAsync(connection);
    }
}
