using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// The database goes away under a running portal: pages answer a Danish 503 page with nothing from the failure or the
/// person on it, /health says unhealthy, and when the database is back the same portal, not restarted, answers again
/// and the signed-in relative is still signed in (docs/adr/0014).
/// </summary>
public class DatabaseOutageTests
{
    [Fact]
    public async Task With_PostgreSQL_stopped_pages_answer_503_and_the_portal_recovers_by_itself_when_it_is_back()
    {
        await using var cluster = await ThrowawayPostgres.StartAsync();
        await using var factory = new PortalFactory(new ExistingDatabase(DatabaseProviders.PostgreSql, cluster.ConnectionString));

        await RunOutageAsync(factory, cluster.StopAsync, cluster.StartAgainAsync);
    }

    /// <summary>SQLite has no server to stop; its file becoming unusable (a volume gone) is the same outage.</summary>
    [Fact]
    public async Task With_the_SQLite_file_unusable_pages_answer_503_and_the_portal_recovers_by_itself_when_it_is_back()
    {
        var folder = Directory.CreateTempSubdirectory("paaroerende-outage-sqlite-").FullName;
        var path = Path.Combine(folder, "portal.db");
        var moved = path + ".away";
        try
        {
            await using var factory = new PortalFactory(
                new ExistingDatabase(DatabaseProviders.Sqlite, $"Data Source={path};Pooling=False"));

            // Root reads any file whatever its mode, so the file is swapped for a folder SQLite cannot open.
            await RunOutageAsync(factory,
                () =>
                {
                    File.Move(path, moved);
                    Directory.CreateDirectory(path);
                    return Task.CompletedTask;
                },
                () =>
                {
                    Directory.Delete(path);
                    File.Move(moved, path);
                    return Task.CompletedTask;
                });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunOutageAsync(PortalFactory factory, Func<Task> stop, Func<Task> start)
    {
        _ = factory.Server;
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var citizenPage = $"/Relatives/Citizen/{inger}";
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);
        using var anonymous = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(mette, citizenPage));

        await stop();

        await AssertUnavailablePageAsync(mette, citizenPage);
        await AssertUnavailablePageAsync(mette, "/Relatives");
        await AssertUnavailablePageAsync(anonymous, "/Kontakt/hvidovre");
        await AssertHealthAsync(anonymous, HttpStatusCode.ServiceUnavailable, "Unhealthy");

        await start();

        await Eventually.HappensAsync(async () => await StatusOfAsync(mette, citizenPage) == HttpStatusCode.OK,
            "the relative's page answers again without a new sign-in", TimeSpan.FromSeconds(30));
        var page = await mette.GetDocumentAsync(citizenPage);
        Assert.Contains("DailyLife", page.QuerySelector("[data-allowed-topics]")?.GetAttribute("data-allowed-topics") ?? "",
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(anonymous, "/Kontakt/hvidovre"));
        await AssertHealthAsync(anonymous, HttpStatusCode.OK, "Healthy");
    }

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }

    private static async Task AssertUnavailablePageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("30", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Portalen er midlertidigt utilgængelig", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), page.QuerySelector("[data-correlation-id]")?.TextContent);
        foreach (var leak in new[] { "   at ", "Exception", "Npgsql", "Sqlite", "SQLite", "SELECT", "Inger", "Prøvesen", "Mette", "Testrup" })
        {
            Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
        }
    }

    private static async Task AssertHealthAsync(HttpClient client, HttpStatusCode expected, string status)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(status, body.RootElement.GetProperty("status").GetString());
    }
}
