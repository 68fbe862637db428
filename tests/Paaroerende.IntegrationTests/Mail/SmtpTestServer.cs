using System.Diagnostics;
using System.Text.Json;

namespace Paaroerende.IntegrationTests.Mail;

/// <summary>A mail as the test SMTP server received it.</summary>
public sealed record ReceivedMail(string[] Recipients, string From, string Subject, string Body, string? Login);

/// <summary>
/// A real SMTP server for one test: tests/Shared/smtp/smtp_test_server.py on aiosmtpd (Debian's python3-aiosmtpd,
/// which scripts/test.sh installs), on a free loopback port, in one of its modes (accept, refuse, drop, slow).
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    /// <summary>Debian's interpreter, where python3-aiosmtpd is installed (a python3 first on PATH may be another).</summary>
    private const string Python = "/usr/bin/python3";

    private readonly Process _process;
    private readonly string _store;

    private SmtpTestServer(Process process, string store, int port)
    {
        _process = process;
        _store = store;
        Port = port;
    }

    public int Port { get; }

    public static async Task<SmtpTestServer> StartAsync(string mode = "accept", params string[] options)
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "Shared", "smtp", "smtp_test_server.py");
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: run the tests with scripts/test.sh, which installs python3-aiosmtpd.");
        }

        var store = Path.Combine(Path.GetTempPath(), $"paaroerende-smtp-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-W", "ignore", script, "--mode", mode, "--store", store },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The test SMTP server did not start.");
        var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (first is null || !first.StartsWith("PORT ", StringComparison.Ordinal))
        {
            var error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
            throw new InvalidOperationException(
                $"The test SMTP server did not start (is python3-aiosmtpd installed? scripts/test.sh installs it):\n{first}\n{error}");
        }

        return new SmtpTestServer(process, store, int.Parse(first["PORT ".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every mail the server has accepted so far.</summary>
    public IReadOnlyList<ReceivedMail> Received() =>
        Directory.Exists(_store)
            ? Directory.GetFiles(_store, "*.json").Select(f => Parse(File.ReadAllText(f))).ToList()
            : [];

    private static ReceivedMail Parse(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return new ReceivedMail(
            root.GetProperty("rcpt_tos").EnumerateArray().Select(r => r.GetString()!).ToArray(),
            root.GetProperty("from").GetString()!,
            root.GetProperty("subject").GetString()!,
            root.GetProperty("body").GetString()!,
            root.GetProperty("login").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        // Closing its input ends the server; a server that does not end is killed.
        _process.StandardInput.Close();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        if (Directory.Exists(_store))
        {
            Directory.Delete(_store, recursive: true);
        }
    }
}
