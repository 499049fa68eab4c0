using Microsoft.EntityFrameworkCore;
using TalentWatch.Search;
using TalentWatch.Storage;

namespace TalentWatch.Web.Search;

/// <summary>How often the search index is merged (TalentWatch:Search:MergeMinutes, default 60; 0 never).</summary>
public sealed record SearchIndexOptions(TimeSpan MergeEvery);

/// <summary>
/// Merges SQLite's search index a minute after start and then every <see cref="SearchIndexOptions.MergeEvery"/>, one
/// bounded step at a time with a pause between steps, so searches stay fast as the archive grows and the scraper's
/// writes never wait long (<see cref="SearchIndexMerge"/>). A failed round is logged and the next one tries again.
/// </summary>
public sealed class SearchIndexMaintenance(IDbContextFactory<TalentWatchDb> databases, SearchIndexOptions options, ILogger<SearchIndexMaintenance> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRoundAfter = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan PauseBetweenSteps = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.MergeEvery <= TimeSpan.Zero)
        {
            return;
        }
        try
        {
            await Task.Delay(FirstRoundAfter, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await MergeAsync(stoppingToken);
                await Task.Delay(options.MergeEvery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task MergeAsync(CancellationToken stoppingToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var steps = 0;
        try
        {
            await using var db = await databases.CreateDbContextAsync(stoppingToken);
            while (await SearchIndexMerge.StepAsync(db, stoppingToken))
            {
                steps++;
                await Task.Delay(PauseBetweenSteps, stoppingToken);
            }
            if (steps > 0)
            {
                logger.LogInformation("Search index merged in {Steps} steps ({Seconds:0.0} s)", steps, TimeProvider.System.GetElapsedTime(started).TotalSeconds);
            }
        }
        catch (Exception ex) when (StorageFailure.IsStorageFailure(ex))
        {
            logger.LogWarning("Search index merge stopped after {Steps} steps: {Reason}; trying again in {Minutes} min", steps, ex.Message, options.MergeEvery.TotalMinutes);
        }
    }
}
