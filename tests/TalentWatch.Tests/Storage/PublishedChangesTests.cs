using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Storage;

/// <summary>
/// The published generation moves on when a save changes what readers see, after the commit when there is a
/// transaction, and not for scrape bookkeeping.
/// </summary>
public sealed class PublishedChangesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("talentwatch-published-").FullName;
    private readonly PublishedChanges changes = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<TalentWatchDb> OpenAsync() => MigratedDatabase.OpenAsync(folder, new PublishedChangesInterceptor(changes));

    [Fact]
    public async Task A_stored_article_and_an_edited_name_are_published_scrape_bookkeeping_is_not()
    {
        await using var db = await OpenAsync();
        var source = new Source { Name = "wire", Kind = SourceKind.Rss, Url = "https://wire.example/feed.xml" };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        var start = changes.Generation;

        source.LastRunAt = DateTime.UtcNow;
        db.ScrapeRuns.Add(new ScrapeRun { SourceId = source.Id, StartedAt = DateTime.UtcNow, FinishedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        Assert.Equal(start, changes.Generation);

        var entity = new Entity { Slug = "mistral-ai", Kind = EntityKind.Org, Name = "Mistral" };
        db.Entities.Add(entity);
        await db.SaveChangesAsync();
        Assert.Equal(start + 1, changes.Generation);

        entity.Name = "Mistral AI"; // found by the save's own change detection
        await db.SaveChangesAsync();
        Assert.Equal(start + 2, changes.Generation);
    }

    [Fact]
    public async Task Inside_a_transaction_the_change_is_published_at_the_commit_and_not_at_a_rollback()
    {
        await using var db = await OpenAsync();
        var start = changes.Generation;

        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            db.Entities.Add(new Entity { Slug = "xai", Kind = EntityKind.Org, Name = "xAI" });
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }
        Assert.Equal(start, changes.Generation);

        db.ChangeTracker.Clear();
        await using var committed = await db.Database.BeginTransactionAsync();
        db.Entities.Add(new Entity { Slug = "anthropic", Kind = EntityKind.Org, Name = "Anthropic" });
        await db.SaveChangesAsync();
        Assert.Equal(start, changes.Generation);
        await committed.CommitAsync();
        Assert.Equal(start + 1, changes.Generation);
    }
}
