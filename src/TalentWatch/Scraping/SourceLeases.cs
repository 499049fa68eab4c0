using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentWatch.Storage;

namespace TalentWatch.Scraping;

/// <summary>
/// Which process runs a source now, so that several instances (and the CLI) on one database never run the same source
/// at once: an expiring claim on the source's row, taken by one conditional UPDATE (atomic on SQLite, whose writes are
/// serialised, and on PostgreSQL, which re-checks the condition on the row it locked), renewed while the run lasts and
/// released when it ends. A holder that dies stops renewing; the source is free again when its claim runs out.
/// </summary>
public sealed class SourceLeases(IDbContextFactory<TalentWatchDb> dbFactory, ScraperOptions options, TimeProvider time, ILogger<SourceLeases> logger)
{
    // A process id comes back in a restarted container: the random part tells two lives of one id apart.
    private static readonly string ThisLife = Guid.NewGuid().ToString("N")[..8];

    private readonly string instance = options.InstanceOrMachineName();

    /// <summary>Who takes claims through this object, "instance:process id:life"; tests stand in for several processes.</summary>
    public string Holder { get; init; } = $"{options.InstanceOrMachineName()}:{Environment.ProcessId}:{ThisLife}";

    public TimeSpan Duration => TimeSpan.FromSeconds(Math.Max(1, options.LeaseSeconds));

    /// <summary>
    /// Runs <paramref name="run"/> while holding the source, renewing the claim; null when another process holds it (or,
    /// with <paramref name="onlyIfDue"/>, when it is no longer due: another instance has just run it). A lost claim
    /// (this process stalled past it and another took over) cancels the run's token.
    /// </summary>
    public async Task<T?> RunHoldingAsync<T>(int sourceId, bool onlyIfDue, Func<CancellationToken, Task<T>> run, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!await TryTakeAsync(sourceId, onlyIfDue, cancellationToken))
        {
            return null;
        }
        using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopRenewing = new CancellationTokenSource();
        var renewing = RenewUntilStoppedAsync(sourceId, held, stopRenewing.Token);
        try
        {
            return await run(held.Token);
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewing;
            await ReleaseAsync(sourceId);
        }
    }

    /// <summary>Claims the source if nobody holds it (or this holder already does); with onlyIfDue, only while it is due.</summary>
    public async Task<bool> TryTakeAsync(int sourceId, bool onlyIfDue, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + Duration;
        var holder = Holder;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var free = db.Sources.Where(s => s.Id == sourceId && (s.LeaseUntil == null || s.LeaseUntil <= now || s.LeaseHolder == holder));
        if (onlyIfDue)
        {
            free = free.Where(s => s.Enabled && (s.NextRunAt == null || s.NextRunAt <= now));
        }
        var taken = await free.ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseHolder, holder).SetProperty(s => s.LeaseUntil, until), cancellationToken);
        return taken == 1;
    }

    /// <summary>
    /// Frees the sources and stories (<see cref="ArticleClaims"/>) held by a process of this instance name (this machine)
    /// that is gone (killed, crashed, or this process id's previous life in a restarted container), so a restart resumes
    /// at once instead of waiting for the claims to run out. Holders elsewhere are left to their claims. Returns how many
    /// sources were freed.
    /// </summary>
    public async Task<int> ReleaseAbandonedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var holders = await db.Sources.Where(s => s.LeaseHolder != null && s.LeaseHolder != Holder).Select(s => s.LeaseHolder!)
            .Union(db.ArticleClaims.Where(c => c.Holder != Holder).Select(c => c.Holder))
            .ToListAsync(cancellationToken);
        var freed = 0;
        var stories = 0;
        foreach (var gone in holders.Where(IsGoneFromThisMachine))
        {
            freed += await db.Sources.Where(s => s.LeaseHolder == gone)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseHolder, (string?)null).SetProperty(s => s.LeaseUntil, (DateTime?)null), cancellationToken);
            stories += await db.ArticleClaims.Where(c => c.Holder == gone).ExecuteDeleteAsync(cancellationToken);
        }
        if (freed + stories > 0)
        {
            logger.LogInformation("Freed {Count} sources and {Stories} stories held by a TalentWatch process of this machine that is no longer running", freed, stories);
        }
        return freed;
    }

    private bool IsGoneFromThisMachine(string holder)
    {
        var life = holder.LastIndexOf(':');
        var process = life > 0 ? holder.LastIndexOf(':', life - 1) : -1;
        if (process < 0 || holder[..process] != instance
            || !int.TryParse(holder.AsSpan(process + 1, life - process - 1), System.Globalization.CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }
        if (pid == Environment.ProcessId)
        {
            return true; // the same id, another random part: an earlier life of this process id
        }
        try
        {
            using var running = System.Diagnostics.Process.GetProcessById(pid);
            return running.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
    }

    /// <summary>Extends this holder's claim; false when it no longer holds the source.</summary>
    public async Task<bool> RenewAsync(int sourceId, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow().UtcDateTime + Duration;
        var holder = Holder;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Sources.Where(s => s.Id == sourceId && s.LeaseHolder == holder)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseUntil, until), cancellationToken) == 1;
    }

    /// <summary>Frees the source if this holder still holds it. Never throws: an unreleased claim only runs out.</summary>
    public async Task ReleaseAsync(int sourceId)
    {
        var holder = Holder;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            await db.Sources.Where(s => s.Id == sourceId && s.LeaseHolder == holder)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseHolder, (string?)null).SetProperty(s => s.LeaseUntil, (DateTime?)null));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not release source {SourceId}; it is free again when its claim runs out in {Seconds} s", sourceId, Duration.TotalSeconds);
        }
    }

    private async Task RenewUntilStoppedAsync(int sourceId, CancellationTokenSource held, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Duration / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                bool renewed;
                try
                {
                    renewed = await RenewAsync(sourceId, stop);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database is briefly away: keep running and try again; the claim holds for two more tries.
                    logger.LogWarning(ex, "Could not renew the claim on source {SourceId}", sourceId);
                    continue;
                }
                if (!renewed)
                {
                    logger.LogWarning("Another process took source {SourceId} over (this one held it past its claim); stopping this run", sourceId);
                    await held.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the run ended
        }
    }
}
