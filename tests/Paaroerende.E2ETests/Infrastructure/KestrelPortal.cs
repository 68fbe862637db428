using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.TestSupport;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// The real portal on Kestrel on a free loopback port, environment "Testing", over a SQLite file of its own in the temp
/// folder with the demo data; the file and the log folder are deleted when the portal is disposed.
/// </summary>
public sealed class KestrelPortal : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"paaroerende-e2e-{Guid.NewGuid():N}");

    public KestrelPortal()
    {
        // Port 0 on 127.0.0.1: the operating system picks a free port, and the browser never meets "localhost"
        // resolving to ::1 first.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DatabasePath => Path.Combine(_folder, "portal.db");

    /// <summary>Where the outbox sender writes the portal's mails (the pickup folder).</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Where the running portal answers, e.g. http://127.0.0.1:41234/ (set by <see cref="Start"/>).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the host: migrations and the demo seed run before this returns.</summary>
    public void Start()
    {
        Directory.CreateDirectory(_folder);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel is not listening on 127.0.0.1: {string.Join(", ", addresses)}");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Portal"] = $"Data Source={DatabasePath}",
                ["Demo:Enabled"] = "true",
                ["SignIn:PasswordsEnabled"] = "true", // the demo relatives and citizen sign in with passwords here too
                ["Mail:Folder"] = MailFolder,
                // A form sent again while the first is still being handled answers 409 after three seconds, not ten:
                // only the browser test of that page waits for it (DoubleTapInTheBrowserTests).
                ["Sendings:LongestWait"] = "00:00:03",
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(_folder, "logs", "e2e-.json"),
            }));
        builder.ConfigureServices(FastPasswordHashing.Use);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
