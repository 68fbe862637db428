using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Paaroerende.Core.Data;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// The real portal as a child process: the build output of Paaroerende.Web (the same configuration as these tests),
/// environment "Production", demo data on, on a free loopback port. Nothing is shared with the test process or with
/// another instance except what the portal itself shares: the database and the key-encryption key.
/// </summary>
public sealed partial class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PortalProcess(Process process, string folder)
    {
        _process = process;
        _folder = folder;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public bool HasExited => _process.HasExited;

    /// <summary>A random key-encryption key, as an operator would make with `openssl rand -base64 32`.</summary>
    public static string NewKeyEncryptionKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The public address the test portals are given (Notifications__PortalUrl), unless a test leaves it out.</summary>
    public const string PublicAddress = "https://paaroerende.test.example";

    public static async Task<PortalProcess> StartAsync(
        DatabaseSettings database, string keyEncryptionKey, string? publicAddress = PublicAddress, bool demoData = true)
    {
        ArgumentNullException.ThrowIfNull(database);
        var folder = Directory.CreateTempSubdirectory("paaroerende-process-").FullName;
        var web = Path.Combine(RepositoryRoot.Path, "src", "Paaroerende.Web");
        var dll = Path.Combine(web, "bin", BuildConfiguration, "net10.0", "Paaroerende.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution ({BuildConfiguration}) first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        environment["Database__Provider"] = database.Provider;
        environment["ConnectionStrings__Portal"] = database.ConnectionString;
        environment["DataProtection__KeyEncryptionKey"] = keyEncryptionKey;
        environment["Demo__Enabled"] = demoData ? "true" : "false";
        // The tests sign the demo relatives in with passwords, which Production refuses unless a deployment turns them on.
        environment["SignIn__PasswordsEnabled"] = "true";
        if (publicAddress is not null)
        {
            environment["Notifications__PortalUrl"] = publicAddress;
        }

        environment["Mail__Folder"] = Path.Combine(folder, "mail");
        environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "portal-.json");

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var portal = new PortalProcess(process, folder);
        process.OutputDataReceived += (_, e) => portal.Read(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Read(e.Data);
        process.Exited += (_, _) =>
        {
            // Exited can be raised before the last lines of its output have been read; WaitForExit() without a timeout
            // returns only once both redirected streams reached their end, so the message carries why it stopped.
            process.WaitForExit();
            portal._listening.TrySetException(new InvalidOperationException($"The portal stopped before it listened:\n{portal.Output}"));
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Migrations and the demo seed run before the portal listens.
        portal.BaseAddress = await portal._listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return portal;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A client like a browser's on this instance: cookies in the given jar, redirects not followed.</summary>
    public HttpClient CreateClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>The files the process has mapped into memory (Linux): a managed assembly it loaded is among them.</summary>
    public async Task<string> MappedFilesAsync() => await File.ReadAllTextAsync($"/proc/{_process.Id}/maps");

    /// <summary>SIGKILL: no shutdown, no flushing, no finally blocks, as when the machine or the container dies.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    private static string BuildConfiguration =>
        typeof(PortalProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
