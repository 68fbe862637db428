using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>Outside Development and the tests, the portal has no address to put in its mails unless it is given one.</summary>
public class PublicAddressStartupTests
{
    [Fact]
    public async Task A_production_portal_without_a_public_address_refuses_to_start_and_says_what_to_set()
    {
        var folder = Directory.CreateTempSubdirectory("paaroerende-address-").FullName;
        try
        {
            var database = new DatabaseSettings("Sqlite", $"Data Source={Path.Combine(folder, "portal.db")};Pooling=False");

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                PortalProcess.StartAsync(database, PortalProcess.NewKeyEncryptionKey(), publicAddress: null));

            Assert.Contains("The setting Notifications__PortalUrl (Notifications:PortalUrl) is missing", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
