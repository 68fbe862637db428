using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// A PostgreSQL cluster of the test's own, in a temp folder on a free loopback port, which the test may stop and
/// start again (the cluster scripts/test.sh starts is shared by every test and must keep running). As root, the
/// server's binaries run as the postgres user, as scripts/test.sh does: initdb refuses root.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _bin;
    private readonly int _port;
    private readonly string _password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    private ThrowawayPostgres(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        _port = port;
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Username = "postgres",
        Password = _password,
        Database = "paaroerende",
        // An outage shows within seconds, not after the default 15-second connect timeout.
        Timeout = 3,
    }.ConnectionString;

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")))
            .OrderBy(b => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : new Version(0, 0))
            .LastOrDefault() ?? throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin).");
        var folder = Directory.CreateTempSubdirectory("paaroerende-outage-pg-").FullName;
        var cluster = new ThrowawayPostgres(folder, bin, FreePort());
        await File.WriteAllTextAsync(Path.Combine(folder, "pwfile"), cluster._password);
        if (IsRoot)
        {
            await RunAsync("chown", "-R", "postgres:postgres", folder);
        }

        await cluster.RunServerToolAsync("initdb", "-D", cluster.DataFolder, "-U", "postgres", "--auth=scram-sha-256",
            $"--pwfile={Path.Combine(folder, "pwfile")}", "--encoding=UTF8", "--locale=C.UTF-8");
        await cluster.StartAgainAsync();
        await using (var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE paaroerende", connection);
            await create.ExecuteNonQueryAsync();
        }

        return cluster;
    }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>Stops the server as an operator would ("fast": open sessions are ended).</summary>
    public Task StopAsync() => RunServerToolAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");

    public Task StartAgainAsync() => RunServerToolAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"),
        "-w", "-t", "60", "start", "-o",
        $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunServerToolAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped (a test that failed half-way).
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task RunServerToolAsync(string tool, params string[] arguments) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
