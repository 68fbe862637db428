using System.Net;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// Demo content lives in its own project (Paaroerende.Demo). A real portal process with Demo:Enabled false never loads
/// that assembly, not even after serving pages; with it true the same build does (the control that shows the check
/// sees a loaded assembly at all).
/// </summary>
public class DemoContentLoadingTests
{
    private const string DemoAssembly = "Paaroerende.Demo.dll";

    [Fact]
    public async Task A_portal_without_demo_data_never_loads_the_demo_assembly_and_one_with_it_does()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProviders.Sqlite);
        var key = PortalProcess.NewKeyEncryptionKey();

        await using (var production = await PortalProcess.StartAsync(database.Settings, key, demoData: false))
        {
            using var client = production.CreateClient(new CookieContainer());
            foreach (var page in new[] { "/", "/Account/Login", "/health" })
            {
                using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
                Assert.True((int)response.StatusCode < 500, $"{page}: {response.StatusCode}");
            }

            Assert.DoesNotContain(DemoAssembly, await production.MappedFilesAsync(), StringComparison.Ordinal);
        }

        await using var development = await PortalProcess.StartAsync(database.Settings, key, demoData: true);
        Assert.Contains(DemoAssembly, await development.MappedFilesAsync(), StringComparison.Ordinal);
    }
}
