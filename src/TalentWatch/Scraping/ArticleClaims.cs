using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentWatch.Storage;

namespace TalentWatch.Scraping;

/// <summary>
/// Two sources can list one story, and their runs can be on two instances at once: each would find the story not yet
/// stored and fetch its page. A claim on the canonical URL, taken before the fetch and dropped once the story is
/// saved (or has failed), lets one of them fetch it; the other leaves it for its next run, by when it is stored. A
/// claim whose holder died runs out like a source's (<see cref="SourceLeases.Duration"/>).
/// </summary>
public sealed class ArticleClaims(SourceLeases leases, TimeProvider time, ILogger<ArticleClaims> logger)
{
    // Runs of two sources in one process share its holder name: which of them holds a story is known here.
    private readonly ConcurrentDictionary<string, byte> inFlight = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether this run may fetch the story now: no other run holds it and the database has no live claim on it, or
    /// only one of this process that no run holds any more (its drop failed while the database was away). A database
    /// that cannot take the claim fails the run as a storage error, like a failed save.
    /// </summary>
    public async Task<bool> TryTakeAsync(TalentWatchDb db, string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!inFlight.TryAdd(url, 0))
        {
            return false;
        }
        var taken = false;
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var until = now + leases.Duration;
            var holder = leases.Holder;
            var takenOver = await db.ArticleClaims
                .Where(c => c.Url == url && (c.Until <= now || c.Holder == holder))
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Holder, holder).SetProperty(c => c.Until, until), cancellationToken);
            // Otherwise one statement that either adds the claim or does nothing, in the same words on SQLite and PostgreSQL.
            taken = takenOver > 0 || await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"ArticleClaims\" (\"Url\", \"Holder\", \"Until\") VALUES ({url}, {holder}, {until}) ON CONFLICT (\"Url\") DO NOTHING",
                cancellationToken) > 0;
            return taken;
        }
        catch (Exception ex) when (StorageFailure.IsStorageFailure(ex))
        {
            throw new StorageFailureException($"Storage error while saving a claim on {url}: {StorageFailure.Describe(ex)}", ex);
        }
        finally
        {
            if (!taken)
            {
                inFlight.TryRemove(url, out _);
            }
        }
    }

    /// <summary>Drops the claim; one that cannot be dropped (the database went away) runs out by itself, never worth failing a run for.</summary>
    public async Task TryReleaseAsync(TalentWatchDb db, string url)
    {
        try
        {
            await ReleaseAsync(db, url, CancellationToken.None);
        }
        catch (Exception ex) when (StorageFailure.IsStorageFailure(ex))
        {
            logger.LogWarning("Could not drop the claim on {Url} ({Error}); it runs out by itself", url, StorageFailure.Describe(ex));
        }
    }

    public async Task ReleaseAsync(TalentWatchDb db, string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var holder = leases.Holder;
        try
        {
            await db.ArticleClaims.Where(c => c.Url == url && c.Holder == holder).ExecuteDeleteAsync(cancellationToken);
        }
        finally
        {
            inFlight.TryRemove(url, out _);
        }
    }
}
