using TalentWatch.Analysis;
using TalentWatch.Scraping;
using TalentWatch.Web.Hosting;

using TalentWatch.Web.Scraping;

namespace TalentWatch.Web.Cli;

/// <summary>`reprocess`: re-extract and re-tag every stored article from its kept HTML, with a progress bar.</summary>
public static class ReprocessCommand
{
    private const int BarWidth = 30;

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        if (!ConfigurationCheck.Passes(builder.Configuration, Console.Error))
        {
            return ExitCodes.BadConfiguration;
        }
        builder.AddTalentWatchLogging(consoleToStandardError: true).AddTalentWatchStorage().AddTalentWatchScraping(withScheduler: false);
        using var host = builder.Build();
        if (!await host.Services.TryPrepareDatabaseAsync(Console.Error))
        {
            return ExitCodes.StorageUnavailable;
        }
        var progress = new ConsoleBar();
        var result = await host.Services.GetRequiredService<Reprocessor>().RunAsync(progress, CancellationToken.None);
        Draw(result);
        await Console.Out.WriteLineAsync();
        await Console.Out.WriteLineAsync($"Reprocessed {result.Done} articles; {result.Failed} kept their earlier extraction.");
        return result.Failed == 0 ? 0 : 1;
    }

    /// <summary>Draws as it is told, on the caller's thread (Progress&lt;T&gt; would draw later, out of order).</summary>
    private sealed class ConsoleBar : IProgress<Reprocessor.Progress>
    {
        public void Report(Reprocessor.Progress value) => Draw(value);
    }

    private static void Draw(Reprocessor.Progress p)
    {
        var filled = p.Total == 0 ? BarWidth : p.Done * BarWidth / p.Total;
        Console.Out.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {p.Done}/{p.Total}");
    }
}
