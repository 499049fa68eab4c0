using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TalentWatch.Storage;

/// <summary>
/// Moves <see cref="PublishedChanges"/> on after a save that touched what readers see, or, inside a transaction, after
/// its commit: moved on before the commit, a reader could render the old rows under the new generation and keep them
/// cached. Scrape bookkeeping (runs, a source's status, heartbeats) and admin accounts are not published: they would
/// make every cache entry unusable on every run for nothing a reader is shown. Bulk updates that bypass SaveChanges
/// (ExecuteUpdate, ExecuteDelete) are not seen: the caches' expiry bounds those.
/// </summary>
public sealed class PublishedChangesInterceptor(PublishedChanges changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbContext, object> pendingCommit = [];

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Whether saving this entry changes a page, a feed or the API.</summary>
    public static bool IsPublished(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return false;
        }
        return entry.Entity switch
        {
            Article or ArticleEntity or Move or TalentEvent or Entity or RemovedEntity => true,
            // A source's name labels its articles; its status and run times are bookkeeping.
            Source => entry.State != EntityState.Modified || entry.Property(nameof(Source.Name)).IsModified,
            _ => false,
        };
    }

    /// <summary>
    /// After the save, when the context's own change detection (which runs inside the save) has flagged every row:
    /// <see cref="TalentWatchDb.HasPublishedChanges"/> is then exact, and a failed save leaves it set for the next one.
    /// </summary>
    private void Saved(DbContext? context)
    {
        if (context is not TalentWatchDb { HasPublishedChanges: true } db)
        {
            return;
        }
        db.HasPublishedChanges = false;
        if (db.Database.CurrentTransaction is null)
        {
            changes.Publish();
        }
        else
        {
            pendingCommit.AddOrUpdate(db, Marker);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && pendingCommit.Remove(context))
        {
            changes.Publish();
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            pendingCommit.Remove(context);
        }
    }
}
