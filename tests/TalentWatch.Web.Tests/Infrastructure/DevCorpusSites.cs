using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>
/// The shared dev corpus rendered as small local news sites by the eval's own scripts (../shared/eval) and served
/// on loopback: the same sites run-eval scrapes, for tests that need the real articles.
/// </summary>
public sealed class DevCorpusSites : IDisposable
{
    private readonly Process server;
    private readonly string folder;

    private DevCorpusSites(Process server, string folder, IReadOnlyList<(string Name, string Kind, Uri Url, string? LinkSelector)> sources)
    {
        this.server = server;
        this.folder = folder;
        Sources = sources;
    }

    public IReadOnlyList<(string Name, string Kind, Uri Url, string? LinkSelector)> Sources { get; }

    public static string SharedFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (File.Exists(Path.Combine(candidate, "eval", "render_site.py")))
                {
                    return candidate;
                }
            }
            throw new InvalidOperationException("../shared (the eval scripts and the dev corpus) is not beside the project.");
        }
    }

    public static async Task<DevCorpusSites> StartAsync()
    {
        var shared = SharedFolder;
        var folder = Directory.CreateTempSubdirectory("talentwatch-sites-").FullName;
        var basePort = FreePortRange(6);
        await RunAsync("python3", [Path.Combine(shared, "eval", "render_site.py"), Path.Combine(shared, "corpus", "dev", "articles.json"), folder, basePort.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var server = Process.Start(new ProcessStartInfo("python3", [Path.Combine(shared, "eval", "serve_sites.py"), folder]) { RedirectStandardOutput = true })!;
        await server.StandardOutput.ReadLineAsync(); // "serving {...}" once every port listens
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "sources.json")));
        var sources = json.RootElement.GetProperty("sources").EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString()!, s.GetProperty("kind").GetString()!, new Uri(s.GetProperty("url").GetString()!),
                s.TryGetProperty("linkSelector", out var selector) ? selector.GetString() : null))
            .ToList();
        return new DevCorpusSites(server, folder, sources);
    }

    private static async Task RunAsync(string file, string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed: {errors}");
        }
    }

    /// <summary>A base port whose next <paramref name="count"/> ports are free now (the renderer numbers sites from it).</summary>
    private static int FreePortRange(int count)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var start = Random.Shared.Next(20_000, 60_000);
            if (Enumerable.Range(start, count).All(IsFree))
            {
                return start;
            }
        }
        throw new InvalidOperationException("No free range of loopback ports.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!server.HasExited)
        {
            server.Kill(entireProcessTree: true);
        }
        server.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
