using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>
/// The built app as a real child process (`dotnet TalentWatch.Web.dll`) over a database folder the test owns, so a
/// test can stop it the ways an operator or the kernel does (SIGTERM, SIGKILL) and start it again on the same data.
/// Settings go in as environment variables, as an operator would give them. Every wait is bounded; disposing kills.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, Uri? baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the web app listens (null for a CLI verb).</summary>
    public Uri? BaseUrl { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Standard output and error so far, interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Serves the web app on a free loopback port.</summary>
    public static AppProcess StartWeb(string folder, IReadOnlyDictionary<string, string?> settings)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        return Start(folder, settings, ["--urls", baseUrl.AbsoluteUri.TrimEnd('/')], baseUrl);
    }

    /// <summary>Runs a verb (e.g. "scrape", "--once") and lets it exit by itself.</summary>
    public static AppProcess StartVerb(string folder, IReadOnlyDictionary<string, string?> settings, params string[] arguments) =>
        Start(folder, settings, arguments, baseUrl: null);

    private static AppProcess Start(string folder, IReadOnlyDictionary<string, string?> settings, string[] arguments, Uri? baseUrl)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TalentWatch.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var environment = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["ConnectionStrings:TalentWatch"] = $"Data Source={Path.Combine(folder, "talentwatch.db")}",
            ["TalentWatch:LogFolder"] = Path.Combine(folder, "logs"),
            ["TalentWatch:DefaultSources"] = "false",
            ["TalentWatch:Scraper:AllowPrivateNetworks"] = "true",
            ["TalentWatch:Scraper:PerHostDelayMs"] = "0",
            ["TalentWatch:Scraper:PollSeconds"] = "1",
            ["DOTNET_hostBuilder:reloadConfigOnChange"] = "false",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, baseUrl);
        process.OutputDataReceived += (_, line) => app.Append(line.Data);
        process.ErrorDataReceived += (_, line) => app.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return app;
    }

    /// <summary>Waits until /healthz answers 200; fails with the process output if it exits or the bound passes.</summary>
    public async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartBound)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode} before it was healthy:\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // start-up still busy
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The app was not healthy within {StartBound.TotalSeconds} s:\n{Output}");
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app did not exit within {bound.TotalSeconds} s:\n{Output}");
        }
        process.WaitForExit(); // drains the output readers
        return process.ExitCode;
    }

    /// <summary>What a service manager sends to stop the app: it may finish what it is doing.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {process.Id} failed with {kill.ExitCode}");
        }
    }

    /// <summary>SIGKILL: the power cut; nothing runs after it.</summary>
    public async Task KillHardAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillHardAsync();
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
