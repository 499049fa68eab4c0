using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>
/// The built app as a real child process (`dotnet TalentWatch.Web.dll`), for what only a process shows: its exit code
/// and stderr, a signal, a kill, a restart on the same files. Settings are passed as environment variables; the
/// database and logs live in a temporary folder that survives restarts. Every wait is bounded, and disposing kills a
/// child still running and deletes the folder.
/// </summary>
/// <remarks>
/// The app is the copy the build put beside the tests (the web project is referenced, so it is always current), run
/// with the web project's folder as content root (appsettings.json, wwwroot) and the temporary folder as working
/// directory, so a relative path in a setting lands there. The environment is Production, as installed.
/// </remarks>
public sealed partial class AppProcess : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private const int Sigterm = 15;

    private static readonly string AppDll = Path.Combine(AppContext.BaseDirectory, "TalentWatch.Web.dll");
    private static readonly string ContentRoot = FindWebProject();

    private readonly object gate = new();
    private readonly StringBuilder output = new();
    private readonly StringBuilder errors = new();
    private Process? process;
    private TaskCompletionSource<Uri> listening = NewListening();

    /// <param name="settings">Configuration keys ("TalentWatch:Scraper:PerHostDelayMs") and values; a null value removes a default.</param>
    public AppProcess(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Folder = Directory.CreateTempSubdirectory("talentwatch-process-").FullName;
        Settings = new Dictionary<string, string?>(TestDatabase.Settings(Folder), StringComparer.OrdinalIgnoreCase)
        {
            ["TalentWatch:LogFolder"] = Path.Combine(Folder, "logs"),
            ["TalentWatch:Scraper:AllowPrivateNetworks"] = "true",
            ["TalentWatch:Scraper:PerHostDelayMs"] = "0",
            ["TalentWatch:Scraper:Enabled"] = "false",
            ["TalentWatch:Scraper:PollSeconds"] = "1",
            // A child process must never read the real web unless a test asks for it.
            ["TalentWatch:DefaultSources"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
    }

    /// <summary>The temporary folder: working directory, database, logs. Kept across restarts.</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "talentwatch.db");

    /// <summary>The settings of the next start; change them between runs to restart with another configuration.</summary>
    public Dictionary<string, string?> Settings { get; }

    /// <summary>Where the running web app listens (learnt from its "Now listening on" line).</summary>
    public Uri BaseUrl => listening.Task.IsCompletedSuccessfully ? listening.Task.Result : throw new InvalidOperationException("The app is not listening yet.");

    /// <summary>The current (or last) run's stdout so far.</summary>
    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The current (or last) run's stderr so far.</summary>
    public string Errors
    {
        get
        {
            lock (gate)
            {
                return errors.ToString();
            }
        }
    }

    /// <summary>The lines of stderr, without empty ones.</summary>
    public IReadOnlyList<string> ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsRunning => process is { HasExited: false };

    public int ProcessId => process?.Id ?? throw new InvalidOperationException("Nothing was started.");

    /// <summary>Starts the web app on a free loopback port; returns once the process is started, not when it listens.</summary>
    public void StartWeb(params string[] args) => Start([.. args, "--urls", "http://127.0.0.1:0"]);

    /// <summary>Starts the web app and waits until /healthz answers 200.</summary>
    public async Task StartHealthyAsync(TimeSpan? timeout = null)
    {
        StartWeb();
        await WaitHealthyAsync(timeout);
    }

    /// <summary>Starts the executable with these arguments (a verb such as "scrape", "--once"); stdin gets <paramref name="input"/> and is closed.</summary>
    public void Start(string[] args, string? input = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (IsRunning)
        {
            throw new InvalidOperationException("The app is still running: stop or kill it first.");
        }
        process?.Dispose();
        lock (gate)
        {
            output.Clear();
            errors.Clear();
        }
        listening = NewListening();
        var start = new ProcessStartInfo(DotnetHost(), [AppDll, .. args])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment["DOTNET_CONTENTROOT"] = ContentRoot;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Each app would otherwise watch appsettings.json through inotify (see TalentWatchApp).
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        foreach (var (key, value) in Settings)
        {
            var name = key.Replace(":", "__", StringComparison.Ordinal);
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }
        var started = new Process { StartInfo = start };
        started.OutputDataReceived += (_, e) => Received(e.Data, output, watchForAddress: true);
        started.ErrorDataReceived += (_, e) => Received(e.Data, errors, watchForAddress: false);
        started.Start();
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        if (input is not null)
        {
            started.StandardInput.Write(input);
        }
        started.StandardInput.Close();
        process = started;
    }

    /// <summary>Runs the executable to its end (a verb); returns the exit code.</summary>
    public async Task<int> RunAsync(string[] args, string? input = null, TimeSpan? timeout = null)
    {
        Start(args, input);
        return await WaitForExitAsync(timeout);
    }

    /// <summary>The exit code, once the process has ended; throws (with its output) when it does not end in time.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        var running = process ?? throw new InvalidOperationException("Nothing was started.");
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            // Also waits for both redirected streams to reach their end, so Output and Errors are complete.
            await running.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app did not exit within {(timeout ?? DefaultTimeout).TotalSeconds} s.\n{Transcript()}");
        }
        return running.ExitCode;
    }

    /// <summary>Waits until the app listens and /healthz answers 200; throws (with its output) if it exits or the time runs out.</summary>
    public async Task WaitHealthyAsync(TimeSpan? timeout = null)
    {
        var running = process ?? throw new InvalidOperationException("Nothing was started.");
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await Task.WhenAny(listening.Task, running.WaitForExitAsync(cancel.Token));
            if (!listening.Task.IsCompleted)
            {
                cancel.Token.ThrowIfCancellationRequested();
                throw new InvalidOperationException($"The app exited ({ExitCodeOrNone()}) before it listened.\n{Transcript()}");
            }
            using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
            while (true)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), cancel.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // not accepting yet
                }
                if (running.HasExited)
                {
                    throw new InvalidOperationException($"The app exited ({ExitCodeOrNone()}) before /healthz answered.\n{Transcript()}");
                }
                await Task.Delay(100, cancel.Token);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"The app was not healthy within {(timeout ?? DefaultTimeout).TotalSeconds} s.\n{Transcript()}");
        }
    }

    /// <summary>A client for the running web app.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>SIGTERM: what systemd or `docker stop` sends; the app shuts down gracefully.</summary>
    public void Terminate()
    {
        if (IsRunning && kill(ProcessId, Sigterm) != 0)
        {
            throw new InvalidOperationException($"kill({ProcessId}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <summary>SIGKILL: the power cut; the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (IsRunning)
        {
            process!.Kill(entireProcessTree: true);
        }
    }

    /// <summary>SIGTERM, then the exit code once it has ended.</summary>
    public async Task<int> StopAsync(TimeSpan? timeout = null)
    {
        Terminate();
        return await WaitForExitAsync(timeout);
    }

    /// <summary>Stops a running app (SIGTERM) and starts the web app again on the same folder and settings, then waits for health.</summary>
    public async Task RestartHealthyAsync(TimeSpan? timeout = null)
    {
        if (IsRunning)
        {
            await StopAsync(timeout);
        }
        await StartHealthyAsync(timeout);
    }

    /// <summary>Stdout and stderr together, for a failure message.</summary>
    public string Transcript() => $"--- stdout ---\n{Output}--- stderr ---\n{Errors}";

    public async ValueTask DisposeAsync()
    {
        if (process is { } running)
        {
            if (!running.HasExited)
            {
                running.Kill(entireProcessTree: true);
                using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await running.WaitForExitAsync(cancel.Token);
                }
                catch (OperationCanceledException)
                {
                    // killed but not reaped in time: the folder may stay behind for the OS temp cleaner
                }
            }
            running.Dispose();
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held; the OS temp cleaner takes it later
        }
    }

    private void Received(string? line, StringBuilder into, bool watchForAddress)
    {
        if (line is null)
        {
            return;
        }
        lock (gate)
        {
            into.Append(line).Append('\n');
        }
        if (watchForAddress && ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    private string ExitCodeOrNone() => process is { HasExited: true } ended ? $"exit code {ended.ExitCode}" : "still running";

    private static TaskCompletionSource<Uri> NewListening() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The dotnet host running the tests, so the child uses the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private static string FindWebProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalentWatch.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("TalentWatch.sln not found above the test output."), "src", "TalentWatch.Web");
    }

    // Kestrel's startup line, logged by Microsoft.Hosting.Lifetime: "Now listening on: http://127.0.0.1:41234".
    [GeneratedRegex(@"Now listening on: (http://[^\s/]+)")]
    private static partial Regex ListeningLine();

    // .NET can only send SIGKILL (Process.Kill); a graceful stop needs SIGTERM from libc.
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
