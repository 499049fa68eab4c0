using System.CommandLine;
using TalentWatch.Analysis;
using TalentWatch.Scraping;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Scraping;

namespace TalentWatch.Web.Cli;

/// <summary>`reprocess`: re-extract and re-tag every stored article from its kept HTML, with a progress bar.</summary>
public static class ReprocessCommand
{
    private const int BarWidth = 30;

    public static Command Create(string[] settings, CliConsole console)
    {
        var command = new Command("reprocess", "Re-extract and re-tag every stored article from its kept HTML, with progress.");
        command.SetAction(_ => RunAsync(settings, console));
        return command;
    }

    private static async Task<int> RunAsync(string[] settings, CliConsole console)
    {
        var builder = Host.CreateApplicationBuilder(settings);
        if (!ConfigurationCheck.Passes(builder.Configuration, console.Error))
        {
            return ExitCodes.BadConfiguration;
        }
        builder.AddTalentWatchLogging(consoleToStandardError: true).AddTalentWatchStorage().AddTalentWatchScraping(withScheduler: false);
        using var host = builder.Build();
        if (!await host.Services.TryPrepareDatabaseAsync(console.Error))
        {
            return ExitCodes.StorageUnavailable;
        }
        var progress = new ConsoleBar(console.Output);
        var result = await host.Services.GetRequiredService<Reprocessor>().RunAsync(progress, CancellationToken.None);
        progress.Report(result);
        await console.Output.WriteLineAsync();
        await console.Output.WriteLineAsync(FormattableString.Invariant(
            $"Reprocessed {result.Done} articles in {Duration(progress.Elapsed)}; {result.Failed} kept their earlier extraction."));
        return result.Failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// The progress line: the bar, the count, and once a first batch is done the rate and the time left, since a
    /// reprocess of a year of news runs for the better part of an hour.
    /// </summary>
    public static string Line(Reprocessor.Progress progress, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var filled = progress.Total == 0 ? BarWidth : (int)((long)progress.Done * BarWidth / progress.Total);
        var line = FormattableString.Invariant($"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {progress.Done}/{progress.Total}");
        if (progress.Done == 0 || elapsed <= TimeSpan.Zero)
        {
            return line;
        }
        var rate = progress.Done / elapsed.TotalSeconds;
        var left = TimeSpan.FromSeconds((progress.Total - progress.Done) / rate);
        return progress.Done >= progress.Total
            ? FormattableString.Invariant($"{line}, {rate:0} articles/s")
            : FormattableString.Invariant($"{line}, {rate:0} articles/s, about {Duration(left)} left");
    }

    private static string Duration(TimeSpan span) =>
        span.TotalMinutes >= 1
            ? FormattableString.Invariant($"{(int)span.TotalHours}h{span.Minutes:00}m").TrimStart('0', 'h')
            : FormattableString.Invariant($"{Math.Ceiling(span.TotalSeconds):0}s");

    /// <summary>Draws as it is told, on the caller's thread (Progress&lt;T&gt; would draw later, out of order).</summary>
    private sealed class ConsoleBar(TextWriter output) : IProgress<Reprocessor.Progress>
    {
        private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

        public TimeSpan Elapsed => clock.Elapsed;

        public void Report(Reprocessor.Progress value) => output.Write("\r" + Line(value, clock.Elapsed));
    }
}
