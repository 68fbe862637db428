using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Paaroerende.Core.Data;

namespace Paaroerende.UnitTests.Data;

public class DatabaseSettingsTests
{
    [Fact]
    public void Without_configuration_the_portal_uses_a_SQLite_file_in_the_data_folder()
    {
        var root = Directory.CreateTempSubdirectory().FullName;

        var settings = DatabaseSettings.From(new ConfigurationBuilder().Build(), root);

        Assert.Equal(DatabaseRegistration.SqliteProvider, settings.Provider);
        Assert.Equal($"Data Source={Path.Combine(root, "data", "paaroerende.db")}", settings.ConnectionString);
        Assert.True(Directory.Exists(Path.Combine(root, "data")));
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_is_refused_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(configuration, "/tmp"));
        Assert.Contains("ConnectionStrings:Portal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServer_is_configured_with_its_provider_and_the_portals_migrations_SQL()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "SqlServer",
                ["ConnectionStrings:Portal"] = "Server=none;Database=portal",
            })
            .Build();
        var options = new DbContextOptionsBuilder<PortalDbContext>();

        DatabaseRegistration.Configure(options, DatabaseSettings.From(configuration, "/tmp"));
        using var context = new PortalDbContext(options.Options);

        Assert.True(context.Database.IsSqlServer());
        Assert.IsType<SqlServerMigrationsSql>(context.GetService<IMigrationsSqlGenerator>());
    }

    [Fact]
    public void SqlServer_without_a_connection_string_is_refused_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(configuration, "/tmp"));
        Assert.Contains("ConnectionStrings:Portal is required for SqlServer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_refused()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();

        var error = Assert.Throws<InvalidOperationException>(
            () => DatabaseRegistration.Configure(options, new DatabaseSettings("Oracle", "x")));
        Assert.Contains("'SqlServer'", error.Message, StringComparison.Ordinal);
    }
}
