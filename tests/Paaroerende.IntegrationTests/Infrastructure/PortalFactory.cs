using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Paaroerende.TestSupport;
using Paaroerende.Web.MitId;
using Serilog.Core;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// The real portal host over a real database of the test's own (SQLite file or PostgreSQL), with demo data, a clock
/// the test controls and the log lines captured.
/// </summary>
public sealed class PortalFactory(
    TestDatabase database, bool demoData = true, bool ownsDatabase = true, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public FakeClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturingLogSink Logs { get; } = new();

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"paaroerende-mail-{Guid.NewGuid():N}");

    public TestDatabase Database => database;

    /// <summary>The file sink's path (Serilog adds the date before the extension).</summary>
    public string LogFilePattern => Path.Combine(MailFolder, "logs", "test-.json");

    public static async Task<PortalFactory> CreateAsync(
        string provider, bool demoData = true, Action<IServiceCollection>? services = null)
    {
        var factory = new PortalFactory(await TestDatabase.CreateAsync(provider), demoData, services: services);
        _ = factory.Server; // Starts the host now: migrations and the demo seed run before the first test request.
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Settings.Provider,
                ["ConnectionStrings:Portal"] = database.Settings.ConnectionString,
                ["Demo:Enabled"] = demoData ? "true" : "false",
                ["Mail:Folder"] = MailFolder,
                // Everything reaches the captured lines; the console and the file keep to warnings and errors.
                ["Serilog:MinimumLevel:Default"] = "Information",
                ["Serilog:MinimumLevel:Override:Microsoft"] = "Information",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Information",
                ["Serilog:MinimumLevel:Override:System"] = "Information",
                ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Warning",
                ["Serilog:WriteTo:1:Args:restrictedToMinimumLevel"] = "Warning",
                ["Serilog:WriteTo:1:Args:path"] = LogFilePattern,
            }));
        builder.ConfigureServices(collection =>
        {
            collection.RemoveAll<TimeProvider>();
            collection.AddSingleton<TimeProvider>(Clock);
            collection.AddSingleton<ILogEventSink>(Logs);
            FastPasswordHashing.Use(collection);
            // The portal redeems MitID codes at its own test broker: in a test host that is the in-memory server.
            collection.PostConfigure<OpenIdConnectOptions>(MitIdOptions.Scheme,
                options => options.Backchannel = new HttpClient(new InMemoryServerHandler(this)));
            // So are the staff's codes when the broker acts as Hvidovre's own provider.
            collection.PostConfigure<OpenIdConnectOptions>("Staff-hvidovre",
                options => options.Backchannel = new HttpClient(new InMemoryServerHandler(this)));
            services?.Invoke(collection);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await database.DisposeAsync();
        }

        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>Sends a request into the factory's in-memory server, made when the first request goes (after start-up).</summary>
internal sealed class InMemoryServerHandler(WebApplicationFactory<Program> factory) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        InnerHandler ??= factory.Server.CreateHandler();
        return base.SendAsync(request, cancellationToken);
    }
}

