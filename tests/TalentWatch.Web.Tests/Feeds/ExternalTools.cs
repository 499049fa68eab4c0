using System.Diagnostics;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>
/// The independent readers the feed tests use. A missing one fails the test with the Debian package to install
/// (.ci/run installs both): a feed check that silently skips would prove nothing.
/// </summary>
public static class ExternalTools
{
    public const string Python = "/usr/bin/python3";

    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task RequireFeedparserAsync()
    {
        Assert.True(File.Exists(Python), $"{Python} is missing: install the Debian packages python3 and python3-feedparser (.ci/run does).");
        var check = await RunAsync(Python, ["-c", "import feedparser"], null);
        Assert.True(check.ExitCode == 0, $"{Python} cannot import feedparser: install the Debian package python3-feedparser (.ci/run does). {check.Error}");
    }

    public static string RequireNewsboat()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':').Append("/usr/bin")
            .Select(dir => Path.Combine(dir, "newsboat")).FirstOrDefault(File.Exists);
        Assert.True(path is not null, "newsboat is missing: install the Debian package newsboat (.ci/run does).");
        return path;
    }

    public static async Task<Result> RunAsync(string file, IEnumerable<string> arguments, byte[]? input, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(input);
        }
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in 90 s");
        }
        return new Result(process.ExitCode, await output, await error);
    }
}
