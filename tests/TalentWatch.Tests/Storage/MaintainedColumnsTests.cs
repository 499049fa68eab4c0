using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Tests.Storage;

/// <summary>
/// The columns triggers keep for the read side: an entity's article count, an event's highest relevant confidence and a
/// mention's copy of its article's time and relevance follow every insert, update and delete, cascades included,
/// whoever writes them.
/// </summary>
public abstract class MaintainedColumnsTests
{
    /// <summary>A migrated database of the provider under test; each call a new context on the same database.</summary>
    protected abstract Task<TalentWatchDb> OpenAsync();

    [Fact]
    public async Task An_entitys_article_count_follows_its_mentions()
    {
        await using var db = await OpenAsync();
        var (anthropic, openai) = (Org("anthropic"), Org("openai"));
        db.Entities.AddRange(anthropic, openai);
        var first = NewArticle("one", anthropic, openai);
        var second = NewArticle("two", anthropic);
        db.Articles.AddRange(first, second);
        await db.SaveChangesAsync();
        Assert.Equal((2, 1), await CountsAsync(db, anthropic, openai));

        // A merge re-points mentions; a deleted article takes its mentions with it (a cascade).
        await db.ArticleEntities.Where(m => m.ArticleId == second.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.EntityId, openai.Id));
        Assert.Equal((1, 2), await CountsAsync(db, anthropic, openai));
        await db.Articles.Where(a => a.Id == first.Id).ExecuteDeleteAsync();
        Assert.Equal((0, 1), await CountsAsync(db, anthropic, openai));
    }

    [Fact]
    public async Task An_events_relevant_confidence_follows_its_reports_and_their_relevance()
    {
        await using var db = await OpenAsync();
        var talentEvent = new TalentEvent { Type = MoveType.Join, FirstReportedAt = DateTime.UtcNow, LatestReportedAt = DateTime.UtcNow };
        var (sure, unsure) = (NewArticle("sure"), NewArticle("unsure"));
        sure.Moves.Add(NewMove(0.9, talentEvent));
        unsure.Moves.Add(NewMove(0.4, talentEvent));
        db.Articles.AddRange(sure, unsure);
        await db.SaveChangesAsync();
        Assert.Equal(0.9, await ConfidenceAsync(db, talentEvent));

        await db.Articles.Where(a => a.Id == sure.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Relevant, false));
        Assert.Equal(0.4, await ConfidenceAsync(db, talentEvent));
        await db.Moves.Where(m => m.ArticleId == unsure.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Confidence, 0.6));
        Assert.Equal(0.6, await ConfidenceAsync(db, talentEvent));
        await db.Articles.Where(a => a.Id == unsure.Id).ExecuteDeleteAsync();
        Assert.Null(await ConfidenceAsync(db, talentEvent));
        await db.Articles.Where(a => a.Id == sure.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Relevant, true));
        Assert.Equal(0.9, await ConfidenceAsync(db, talentEvent));
        await db.Moves.ExecuteUpdateAsync(u => u.SetProperty(m => m.EventId, (long?)null));
        Assert.Null(await ConfidenceAsync(db, talentEvent));
    }

    [Fact]
    public async Task An_editors_verdict_overrides_the_relevant_confidence()
    {
        await using var db = await OpenAsync();
        var talentEvent = new TalentEvent { Type = MoveType.Join, FirstReportedAt = DateTime.UtcNow, LatestReportedAt = DateTime.UtcNow };
        var unsure = NewArticle("unsure");
        unsure.Moves.Add(NewMove(0.4, talentEvent));
        db.Articles.Add(unsure);
        await db.SaveChangesAsync();
        Task Judge(ReviewStatus status) => db.Events.Where(e => e.Id == talentEvent.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Review, status));

        await Judge(ReviewStatus.Rejected);
        Assert.Null(await ConfidenceAsync(db, talentEvent));
        await Judge(ReviewStatus.Confirmed);
        Assert.Equal(TalentWatch.Events.EventVisibility.Reviewed, await ConfidenceAsync(db, talentEvent));
        var sure = NewArticle("sure");
        sure.Moves.Add(new Move { Evidence = "e", Confidence = 0.9, EventId = talentEvent.Id });
        db.Articles.Add(sure);
        await db.SaveChangesAsync();
        Assert.Equal(TalentWatch.Events.EventVisibility.Reviewed, await ConfidenceAsync(db, talentEvent));
        await Judge(ReviewStatus.New);
        Assert.Equal(0.9, await ConfidenceAsync(db, talentEvent));
        await Judge(ReviewStatus.Corrected);
        Assert.Equal(TalentWatch.Events.EventVisibility.Reviewed, await ConfidenceAsync(db, talentEvent));
        await Judge(ReviewStatus.Rejected);
        await db.Moves.Where(m => m.ArticleId == unsure.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Confidence, 0.95));
        Assert.Null(await ConfidenceAsync(db, talentEvent));
    }

    [Fact]
    public async Task A_mention_carries_its_articles_time_and_relevance()
    {
        await using var db = await OpenAsync();
        var anthropic = Org("anthropic");
        db.Entities.Add(anthropic);
        var article = NewArticle("one", anthropic);
        article.SortAt = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        article.Relevant = false;
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        Assert.Equal((article.SortAt, false), await MentionCopyAsync(db, article));

        // Reprocessing changes both, by a tracked save or in bulk.
        article.Relevant = true;
        await db.SaveChangesAsync();
        Assert.Equal((article.SortAt, true), await MentionCopyAsync(db, article));
        var later = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.SortAt, later));
        Assert.Equal((later, true), await MentionCopyAsync(db, article));

        // A mention added to a stored article (a merge, a catalog change) starts from the article's values.
        var openai = Org("openai");
        db.Entities.Add(openai);
        db.ArticleEntities.Add(new ArticleEntity { ArticleId = article.Id, EntityId = 0, Entity = openai, Mentions = 1 });
        await db.SaveChangesAsync();
        var copies = await db.ArticleEntities.AsNoTracking().Where(m => m.ArticleId == article.Id).Select(m => new { m.ArticleSortAt, m.ArticleRelevant }).ToListAsync();
        Assert.Equal(2, copies.Count);
        Assert.All(copies, copy => Assert.Equal((later, true), (copy.ArticleSortAt, copy.ArticleRelevant)));

        // Reprocessing replaces the tracked article's mentions with new objects of the same keys.
        await using var again = await OpenAsync();
        var reloaded = await again.Articles.Include(a => a.Entities).SingleAsync(a => a.Id == article.Id);
        reloaded.Entities.Clear();
        reloaded.Entities.AddRange([new ArticleEntity { EntityId = anthropic.Id, Mentions = 2 }, new ArticleEntity { EntityId = openai.Id, Mentions = 3 }]);
        await again.SaveChangesAsync();
        copies = await db.ArticleEntities.AsNoTracking().Where(m => m.ArticleId == article.Id).Select(m => new { m.ArticleSortAt, m.ArticleRelevant }).ToListAsync();
        Assert.Equal(2, copies.Count);
        Assert.All(copies, copy => Assert.Equal((later, true), (copy.ArticleSortAt, copy.ArticleRelevant)));
    }

    private static Entity Org(string slug) => new() { Slug = slug, Kind = EntityKind.Org, Name = slug };

    private static Article NewArticle(string slug, params Entity[] mentioned)
    {
        var article = new Article
        {
            Url = $"https://wire.example/{slug}",
            Title = $"{slug} story",
            Language = "en",
            Text = $"More on the {slug} story.",
            FetchedAt = DateTime.UtcNow,
            SortAt = DateTime.UtcNow,
        };
        article.Entities.AddRange(mentioned.Select(e => new ArticleEntity { Entity = e, Mentions = 1 }));
        return article;
    }

    private static Move NewMove(double confidence, TalentEvent talentEvent) =>
        new() { Type = MoveType.Join, Evidence = "joined", Confidence = confidence, Event = talentEvent };

    private static async Task<(int, int)> CountsAsync(TalentWatchDb db, Entity a, Entity b)
    {
        var counts = await db.Entities.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.ArticleCount);
        return (counts[a.Id], counts[b.Id]);
    }

    private static async Task<(DateTime, bool)> MentionCopyAsync(TalentWatchDb db, Article article)
    {
        var copy = await db.ArticleEntities.AsNoTracking().Where(m => m.ArticleId == article.Id)
            .Select(m => new { m.ArticleSortAt, m.ArticleRelevant }).SingleAsync();
        return (copy.ArticleSortAt, copy.ArticleRelevant);
    }

    private static Task<double?> ConfidenceAsync(TalentWatchDb db, TalentEvent talentEvent) =>
        db.Events.AsNoTracking().Where(e => e.Id == talentEvent.Id).Select(e => e.RelevantConfidence).SingleAsync();
}

public sealed class SqliteMaintainedColumnsTests : MaintainedColumnsTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("talentwatch-maintained-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    protected override Task<TalentWatchDb> OpenAsync() => MigratedDatabase.OpenAsync(folder);
}

[Collection(PostgresCluster.Collection)]
public sealed class PostgresMaintainedColumnsTests(PostgresCluster cluster) : MaintainedColumnsTests
{
    private readonly string database = cluster.NewDatabase();

    protected override Task<TalentWatchDb> OpenAsync() => MigratedDatabase.OpenPostgresAsync(database);
}
