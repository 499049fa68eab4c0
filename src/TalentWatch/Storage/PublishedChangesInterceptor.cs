using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TalentWatch.Storage;

/// <summary>
/// Publishes a <see cref="PublishedChanges"/> after a save that touched what readers see, or, inside a transaction,
/// after its commit: a cache cleared before the commit could be filled again with the old rows. Scrape bookkeeping
/// (runs, a source's status, heartbeats) and admin accounts are not published: they would empty the caches on every
/// run for nothing a reader is shown.
/// </summary>
public sealed class PublishedChangesInterceptor(PublishedChanges changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbContext, object> savedTouching = [];
    private readonly ConditionalWeakTable<DbContext, object> pendingCommit = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

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

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
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

    private void Remember(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(IsPublished))
        {
            savedTouching.AddOrUpdate(context, Marker);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            savedTouching.Remove(context);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !savedTouching.Remove(context))
        {
            return;
        }
        if (context.Database.CurrentTransaction is null)
        {
            changes.Publish();
        }
        else
        {
            pendingCommit.AddOrUpdate(context, Marker);
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
