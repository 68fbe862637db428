using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.IntegrationTests.Platform;

/// <summary>
/// Reads the request log the way an operator would: the compact JSON file that appsettings.json configures, written
/// by the portal's own Serilog set-up (only the file's folder and level are changed for the test).
/// </summary>
public class RequestLogFileTests
{
    private const string Token = "tok3n-that-must-not-be-logged";
    private const string CprLike = "0101801234";

    [Fact]
    public async Task Each_request_writes_one_line_with_route_status_time_correlation_and_account_id_and_no_personal_data()
    {
        await using var portal = new PortalFactory(await TestDatabase.CreateAsync(DatabaseProviders.Sqlite));
        await using var logged = portal.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                // The file as in production: appsettings.json's levels (PortalFactory lowers them for its captured
                // lines). ASP.NET Core's own "Request starting" line carries the query string, one reason the
                // Microsoft categories stay at Warning.
                ["Serilog:WriteTo:1:Args:restrictedToMinimumLevel"] = "Information",
                ["Serilog:MinimumLevel:Override:Microsoft"] = "Warning",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Warning",
                ["Serilog:MinimumLevel:Override:System"] = "Warning",
            })));
        using var client = logged.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await client.SignInThroughFormsAsync(DemoAccounts.Relative, DemoAccounts.Password, () => Task.FromResult(""));
        var (accountId, personal) = await RelativeAsync(portal);
        var citizenId = await portal.CitizenIdAsync("Inger", "Prøvesen");

        var requests = new (string Id, string Url, string Route, int Status)[]
        {
            ("log-test-start", $"/Relatives?token={Token}&email={DemoAccounts.Relative}", "/Relatives", 200),
            ("log-test-citizen", $"/Relatives/Citizen/{citizenId}?token={Token}&cpr={CprLike}", "/Relatives/Citizen/{citizenId:guid}", 200),
            ("log-test-missing", $"/no/such/{personal[0]}?token={Token}", "/StatusCode", 404),
        };
        // The unknown address is answered by the status code page (re-executed), whose route is logged.
        foreach (var (id, url, _, _) in requests)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(CorrelationId.HeaderName, id);
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsStringAsync();
        }

        var lines = await Eventually.HappensAsync<IReadOnlyList<JsonElement>>(async () =>
        {
            var found = RequestLines(await ReadLogAsync(portal));
            return found.Count(l => l.GetProperty("CorrelationId").GetString()!.StartsWith("log-test-", StringComparison.Ordinal))
                == requests.Length ? found : null;
        }, "a request line for each request in the log file");

        foreach (var (id, _, route, status) in requests)
        {
            var line = Assert.Single(lines, l => l.GetProperty("CorrelationId").GetString() == id);
            Assert.Equal("GET", line.GetProperty("RequestMethod").GetString());
            Assert.Equal(route, line.GetProperty("Route").GetString());
            Assert.Equal(status, line.GetProperty("StatusCode").GetInt32());
            Assert.True(line.GetProperty("Elapsed").GetDouble() > 0);
            Assert.Equal(accountId, line.GetProperty("AccountId").GetString());
            Assert.False(line.TryGetProperty("RequestPath", out _), "the path may carry ids and typed text; the route is logged");
        }

        var text = await ReadLogAsync(portal);
        foreach (var secret in personal.Append("Prøvesen").Append(Token).Append(CprLike).Append(DemoAccounts.Password))
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<(string AccountId, string[] Personal)> RelativeAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Relative);
        var person = await db.People.SingleAsync(p => p.Id == user.PersonId);
        return (user.Id, [DemoAccounts.Relative, user.DisplayName, person.FirstName, person.LastName]);
    }

    private static List<JsonElement> RequestLines(string log) =>
        log.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty("@mt", out var template) && template.GetString() == RequestLog.MessageTemplate)
            .ToList();

    /// <summary>Every log file of the host, read while Serilog still has it open for writing.</summary>
    private static async Task<string> ReadLogAsync(PortalFactory portal)
    {
        var folder = Path.GetDirectoryName(portal.LogFilePattern)!;
        if (!Directory.Exists(folder))
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(folder, "test-*.json"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }
}
