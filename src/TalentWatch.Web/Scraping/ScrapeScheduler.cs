using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Scraping;
using TalentWatch.Storage;

namespace TalentWatch.Web.Scraping;

/// <summary>
/// Only schedules: every few seconds it starts the enabled sources whose next run is due (a new source is due
/// at once) and that no other instance holds, a bounded number at a time, each under a claim (SourceLeases);
/// SourceRunner does the work and records the outcome. While the database cannot take writes (StorageHealth) nothing
/// starts, with back-off between checks.
/// </summary>
public sealed class ScrapeScheduler(
    IDbContextFactory<TalentWatchDb> dbFactory,
    SourceRunner runner,
    SourceLeases leases,
    ScraperOptions options,
    StorageHealth storage,
    TimeProvider time,
    ILogger<ScrapeScheduler> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<int, Task> running = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds)), time);
        try
        {
            do
            {
                await StartDueSourcesAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        await Task.WhenAll(running.Values);
    }

    private async Task StartDueSourcesAsync(CancellationToken stoppingToken)
    {
        if (storage.IsPaused)
        {
            return;
        }
        List<int> due;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
            var now = time.GetUtcNow().UtcDateTime;
            if (!await StorageWorksAsync(db, now, stoppingToken))
            {
                return;
            }
            await leases.ReleaseAbandonedAsync(stoppingToken);
            var holder = leases.Holder;
            due = await db.Sources
                .Where(s => s.Enabled && (s.NextRunAt == null || s.NextRunAt <= now) && (s.LeaseUntil == null || s.LeaseUntil <= now || s.LeaseHolder == holder))
                .OrderBy(s => s.NextRunAt)
                .Select(s => s.Id)
                .ToListAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not read due sources; retrying at the next tick");
            return;
        }
        foreach (var id in due)
        {
            if (running.Count >= options.MaxConcurrentSources)
            {
                break;
            }
            if (!running.ContainsKey(id))
            {
                running[id] = RunAsync(id, stoppingToken);
            }
        }
    }

    /// <summary>
    /// After a storage failure, a committed write must succeed before runs resume; otherwise only the file check runs,
    /// since a deleted database file still takes writes through open handles and nothing would notice.
    /// </summary>
    private async Task<bool> StorageWorksAsync(TalentWatchDb db, DateTime now, CancellationToken stoppingToken)
    {
        var problem = storage.Problem is null ? StorageProbe.FileProblem(db) : await StorageProbe.ProblemAsync(db, now, stoppingToken);
        if (problem is not null)
        {
            var until = storage.ReportFailure(problem);
            logger.LogError("Scraping paused until {Until:u}: {Problem}", until, problem);
            return false;
        }
        if (storage.ReportHealthy())
        {
            logger.LogWarning("The database takes writes again; scraping resumes");
        }
        return true;
    }

    private async Task RunAsync(int sourceId, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            // Null: another instance took it first (or has just run it); nothing to do here.
            await leases.RunHoldingAsync(sourceId, onlyIfDue: true, token => runner.RunAsync(sourceId, token), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down mid-run; the source stays due
        }
        catch (OperationCanceledException)
        {
            // the claim was lost mid-run (logged by SourceLeases); the instance that took it over runs the source
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Run of source {SourceId} crashed", sourceId);
        }
        finally
        {
            running.TryRemove(sourceId, out _);
        }
    }
}
