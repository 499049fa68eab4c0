using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TalentWatch.Storage;

namespace TalentWatch.Tests.Storage;

/// <summary>
/// Making Articles.SourceId nullable rebuilds the Articles table on an existing database: rows, their dependents and
/// the full-text index must survive it, the index triggers must work afterwards, and going back down must restore them.
/// </summary>
public sealed class DeletedSourcesMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("talentwatch-migration-").FullName;

    private TalentWatchDb Open()
    {
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchSqlite($"Data Source={Path.Combine(_folder, "t.db")}");
        return new TalentWatchDb(options.Options);
    }

    private static Task MigrateToAsync(TalentWatchDb db, string target) => db.GetService<IMigrator>().MigrateAsync(target);

    private static Task<int> SearchAsync(TalentWatchDb db, string word) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {word}").SingleAsync();

    private static Task<int> TriggersAsync(TalentWatchDb db) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Articles'").SingleAsync();

    private static Article NewArticle(int sourceId, string slug, string word) => new()
    {
        SourceId = sourceId, Url = $"https://wire.example/{slug}", Title = $"{word} story", Language = "en", Text = $"All about {word}.",
        FetchedAt = DateTime.UtcNow, SortAt = DateTime.UtcNow,
        Page = new ArticlePage { FetchedUrl = $"https://wire.example/{slug}", HtmlGzip = [1, 2, 3] },
    };

    [Fact]
    public async Task An_existing_database_keeps_its_articles_pages_and_search_index_across_the_rebuild_and_back()
    {
        await using var db = Open();
        var migrations = db.Database.GetMigrations().ToList();
        var pause = migrations.FindIndex(m => m.EndsWith("_PauseArticleSearchTriggers", StringComparison.Ordinal));
        var before = migrations[pause - 1];
        await MigrateToAsync(db, before);
        var source = new Source { Name = "wire", Kind = SourceKind.Rss, Url = "https://wire.example/feed.xml" };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        db.Articles.Add(NewArticle(source.Id, "old", "zebra"));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await db.Database.MigrateAsync();

        Assert.Equal((1, 1), (await db.Articles.CountAsync(a => a.SourceId == source.Id), await db.ArticlePages.CountAsync()));
        Assert.Equal(1, await SearchAsync(db, "zebra"));
        Assert.Equal(3, await TriggersAsync(db));
        db.Articles.Add(NewArticle(source.Id, "new", "yak"));
        await db.SaveChangesAsync();
        Assert.Equal(1, await SearchAsync(db, "yak"));

        // ON DELETE SET NULL: the articles stay when their source goes.
        await db.Sources.ExecuteDeleteAsync();
        Assert.Equal(2, await db.Articles.CountAsync(a => a.SourceId == null));
        db.Sources.Add(new Source { Name = "other", Kind = SourceKind.Rss, Url = "https://other.example/feed.xml" });
        await db.SaveChangesAsync();
        var other = await db.Sources.Select(s => s.Id).SingleAsync();
        db.Articles.Add(NewArticle(other, "kept", "owl"));
        await db.SaveChangesAsync();

        await MigrateToAsync(db, before);

        // The old schema has no place for articles without a source; the rest, and the triggers, are back as they were.
        Assert.Equal(3, await TriggersAsync(db));
        Assert.Equal((0, 1), (await SearchAsync(db, "zebra"), await SearchAsync(db, "owl")));
        await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET Title = 'ibis story'");
        Assert.Equal(1, await SearchAsync(db, "ibis"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
