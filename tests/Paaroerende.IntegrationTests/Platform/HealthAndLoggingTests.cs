using System.Net;
using System.Text.Json;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Platform;

public class HealthAndLoggingTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Health_reports_that_the_database_answers(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Each_request_is_logged_once_with_route_status_and_correlation_id()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Information/hvidovre");
        request.Headers.Add("X-Correlation-Id", "test-correlation-0001");

        using var response = await client.SendAsync(request);

        Assert.Equal("test-correlation-0001", response.Headers.GetValues("X-Correlation-Id").Single());
        var line = Assert.Single(factory.Logs.Lines, l => l.Contains("test-correlation-0001", StringComparison.Ordinal));
        Assert.Contains("HTTP GET /Information/{municipality} responded 200", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_writes_no_email_address_or_password_to_the_log()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var failed = await client.PostLoginAsync(DemoAccounts.SecondRelative, "forkert-adgangskode-123");
        using var succeeded = await client.PostLoginAsync(DemoAccounts.SecondRelative, DemoAccounts.Password);

        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("demo.example", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("forkert-adgangskode", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(DemoAccounts.Password, StringComparison.Ordinal));
    }
}
