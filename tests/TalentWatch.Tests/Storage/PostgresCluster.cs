using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TalentWatch.Tests.Storage;

/// <summary>
/// A throwaway PostgreSQL server for the tests that run on the postgres provider: the server TALENTWATCH_TEST_POSTGRES
/// names (a connection string whose role may create databases) when set, else a cluster started here with the
/// installed PostgreSQL's initdb and pg_ctl (as the postgres user when the tests run as root) on a free loopback port in
/// a temporary folder, stopped and deleted when the tests end. Each test gets a database of its own.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    public const string Collection = "PostgreSQL";
    public const string ServerVariable = "TALENTWATCH_TEST_POSTGRES";

    private string? folder;
    private string? bin;
    private int port;
    private string server = string.Empty;

    /// <summary>A connection string to a new, empty database name (the app creates it when it migrates).</summary>
    public string NewDatabase() =>
        new NpgsqlConnectionStringBuilder(server) { Database = "tw_" + Guid.NewGuid().ToString("N")[..12], Pooling = false }.ConnectionString;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } given)
        {
            server = given;
            return;
        }
        bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not installed: install Debian's postgresql package (.ci/run does) or set {ServerVariable} to a server's connection string.");
        }
        folder = Path.Combine(Path.GetTempPath(), "talentwatch-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", "postgres", folder);
        }
        port = FreePort();
        await RunAsync(asRoot, Path.Combine(bin, "initdb"), "-D", Path.Combine(folder, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await StartAsync();
        server = $"Host=127.0.0.1;Port={port};Username=postgres";
    }

    /// <summary>Stops the server (fast shutdown: connections are cut), as an outage would; only the tests' own cluster.</summary>
    public Task StopAsync() =>
        RunAsync(Environment.UserName == "root", Path.Combine(OwnBin(), "pg_ctl"), "-D", Path.Combine(folder!, "data"), "-w", "-m", "fast", "stop");

    /// <summary>Starts the tests' own cluster again on the same port.</summary>
    public Task StartAsync() =>
        RunAsync(Environment.UserName == "root", Path.Combine(OwnBin(), "pg_ctl"), "-D", Path.Combine(folder!, "data"), "-w", "-l", Path.Combine(folder!, "log.txt"),
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200", "start");

    private string OwnBin() => bin ?? throw new InvalidOperationException($"Only the tests' own cluster can be stopped and started; unset {ServerVariable}.");

    public async Task DisposeAsync()
    {
        if (folder is null || bin is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await RunAsync(Environment.UserName == "root", Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "stop");
        Directory.Delete(folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsync(bool asPostgres, string program, params string[] arguments) =>
        asPostgres ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}

[CollectionDefinition(PostgresCluster.Collection)]
public sealed class PostgresTests : ICollectionFixture<PostgresCluster>;
