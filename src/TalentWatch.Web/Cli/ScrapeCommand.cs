using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentWatch.Fetching;
using TalentWatch.Scraping;
using TalentWatch.Storage;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Scraping;

namespace TalentWatch.Web.Cli;

/// <summary>`scrape --once [--source NAME]`: the same configuration and runner as the web app, without the scheduler.</summary>
public static class ScrapeCommand
{
    public static Command Create(string[] settings, CliConsole console)
    {
        var once = new Option<bool>("--once") { Description = "Run now and exit (required: the web app schedules sources itself)." };
        var source = new Option<string?>("--source") { Description = "Run only the source with this name.", HelpName = "NAME" };
        var command = new Command("scrape", "Run every enabled source (or one) once, then exit.") { once, source };
        command.Validators.Add(result =>
        {
            if (result.GetResult(once) is null)
            {
                result.AddError("scrape runs once and exits: add --once (the web app schedules sources itself).");
            }
        });
        command.SetAction(parsed => RunAsync(parsed.GetValue(source), settings, console));
        return command;
    }

    private static async Task<int> RunAsync(string? only, string[] settings, CliConsole console)
    {
        var output = console.Output;
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
        List<Source> sources;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync())
        {
            sources = await db.Sources.AsNoTracking().Where(s => s.Enabled && (only == null || s.Name == only)).OrderBy(s => s.Id).ToListAsync();
        }
        if (sources.Count == 0)
        {
            await console.Error.WriteLineAsync(only is null ? "No enabled sources." : $"No enabled source is named \"{only}\".");
            return 2;
        }
        var runner = host.Services.GetRequiredService<SourceRunner>();
        var leases = host.Services.GetRequiredService<SourceLeases>();
        var fetching = host.Services.GetRequiredService<IOptions<FetcherOptions>>().Value;
        await leases.ReleaseAbandonedAsync(CancellationToken.None);
        var failed = 0;
        var skipped = 0;
        var refused = 0;
        foreach (var (source, index) in sources.Select((s, i) => (s, i + 1)))
        {
            await output.WriteLineAsync($"[{index}/{sources.Count}] {source.Name} ({source.Kind.ToString().ToLowerInvariant()} {source.Url}) ...");
            // The database may hold sources a server with other settings reaches: a refusal by this process's settings
            // is said here and not recorded on the source, where it would count as the site's failure and back it off.
            if (Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && await FetchRefusal.ReasonAsync(fetching, url, CancellationToken.None) is { } reason)
            {
                refused++;
                await output.WriteLineAsync($"[{index}/{sources.Count}] {source.Name}: not run, and left as it was: {reason}, and this process does not allow private networks (TalentWatch:Scraper:AllowPrivateNetworks).");
                continue;
            }
            // Due or not, but never beside a running server's run of the same source.
            var run = await leases.RunHoldingAsync(source.Id, onlyIfDue: false, token => runner.RunAsync(source.Id, token), CancellationToken.None);
            if (run is null)
            {
                skipped++;
                await output.WriteLineAsync($"[{index}/{sources.Count}] {source.Name}: skipped, another TalentWatch process is running it now.");
                continue;
            }
            failed += run.Status == SourceStatus.Error ? 1 : 0;
            var seconds = (run.FinishedAt - run.StartedAt).TotalSeconds;
            await output.WriteLineAsync(FormattableString.Invariant(
                $"[{index}/{sources.Count}] {source.Name}: {run.Status.ToString().ToLowerInvariant()}, {run.ArticlesStored} new, {run.ItemsSeen} seen, {run.ItemsFailed} failed, {(run.ItemsLeft > 0 ? $"{run.ItemsLeft} left for the next run, " : "")}{seconds:0.0}s{(run.Error is null ? "" : " — " + run.Error)}"));
        }
        await output.WriteLineAsync($"{sources.Count - failed - skipped - refused} of {sources.Count} sources ran without error{(skipped > 0 ? $", {skipped} skipped (running elsewhere)" : "")}{(refused > 0 ? $", {refused} not run (private addresses this process's settings refuse)" : "")}.");
        return failed == 0 ? 0 : 1;
    }
}
