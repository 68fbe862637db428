using Microsoft.Extensions.Configuration;

namespace Paaroerende.Core.Data;

public sealed record DatabaseSettings(string Provider, string ConnectionString)
{
    /// <summary>
    /// Reads Database:Provider and ConnectionStrings:Portal. With neither set, the portal uses a SQLite file in the
    /// data folder under the content root, so a fresh clone runs with no set-up.
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration["Database:Provider"] ?? DatabaseRegistration.SqliteProvider;
        var connectionString = configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseRegistration.SqliteProvider)
            {
                throw new InvalidOperationException($"ConnectionStrings:Portal is required for {provider}.");
            }

            var dataFolder = Path.Combine(contentRootPath, "data");
            Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, "paaroerende.db")}";
        }

        return new DatabaseSettings(provider, connectionString);
    }
}
