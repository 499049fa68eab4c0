using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Analysis;
using TalentWatch.Demo;
using TalentWatch.Storage;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Scraping;

namespace TalentWatch.Web.Cli;

/// <summary>
/// `demo`: loads the bundled invented sample articles into the database, so the product can be seen offline;
/// `demo --remove` takes them out again. Run it beside a running app or before starting one.
/// </summary>
public static class DemoCommand
{
    public static Command Create(string[] settings, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var remove = new Option<bool>("--remove") { Description = "Take the demo articles, their moves and the demo source out again." };
        var command = new Command("demo", "Load a few invented sample articles (English and Arabic) to see the app offline.") { remove };
        command.SetAction(parsed => RunAsync(parsed.GetValue(remove), settings, console.Output, console.Error));
        return command;
    }

    private static async Task<int> RunAsync(bool remove, string[] settings, TextWriter output, TextWriter error)
    {
        var builder = Host.CreateApplicationBuilder(settings);
        if (!ConfigurationCheck.Passes(builder.Configuration, error))
        {
            return ExitCodes.BadConfiguration;
        }
        builder.AddTalentWatchLogging(consoleToStandardError: true).AddTalentWatchStorage().AddTalentWatchScraping(withScheduler: false);
        using var host = builder.Build();
        if (!await host.Services.TryPrepareDatabaseAsync(error))
        {
            return ExitCodes.StorageUnavailable;
        }
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync();
        if (remove)
        {
            var removed = await DemoSample.RemoveAsync(db, CancellationToken.None);
            await output.WriteLineAsync($"Removed {removed} demo articles, their moves and the demo source.");
            return 0;
        }
        var added = await DemoSample.LoadAsync(db, host.Services.GetRequiredService<ArticleAnalyzer>(), DateTime.UtcNow, CancellationToken.None);
        var moves = await db.Moves.CountAsync(m => m.Article!.Url.StartsWith(DemoSample.Origin));
        await output.WriteLineAsync(added == 0
            ? $"The {DemoSample.Count} demo articles are already loaded ({moves} talent moves)."
            : $"Loaded {added} invented demo articles in English and Arabic, with {moves} talent moves, under the source \"{DemoSample.SourceName}\".");
        await output.WriteLineAsync("Start the app (or wait a minute if it runs) and open the timeline; remove them with: demo --remove");
        return 0;
    }
}
