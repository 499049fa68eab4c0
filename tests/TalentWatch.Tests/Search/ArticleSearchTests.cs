using Microsoft.EntityFrameworkCore;
using TalentWatch.Search;
using TalentWatch.Storage;
using TalentWatch.Tests.Storage;

namespace TalentWatch.Tests.Search;

/// <summary>
/// Search as readers use it, on each provider: every word typed is required, Arabic letter forms and diacritics do not
/// matter, a changed title is found by its new words and not its old ones, a deleted article is gone, and input with
/// nothing searchable matches nothing.
/// </summary>
public abstract class ArticleSearchTests
{
    protected abstract Task<TalentWatchDb> OpenAsync();

    [Fact]
    public async Task Every_word_is_required_and_arabic_forms_fold()
    {
        await using var db = await OpenAsync();
        var arabic = NewArticle("ar", "إيلون ماسك يرفع رواتب مهندسي الذكاء الاصطناعي", "قال إيلون ماسك إن تسلا سترفع الرواتب.", "ar");
        var english = NewArticle("en", "OpenAI hires two researchers", "The lab hired researchers from Google.", "en");
        db.Articles.AddRange(arabic, english);
        await db.SaveChangesAsync();

        Assert.Equal([arabic.Id], await MatchingAsync(db, "ايلون ماسك"));        // alef forms
        Assert.Equal([arabic.Id], await MatchingAsync(db, "الرواتبُ"));           // a diacritic typed
        Assert.Equal([english.Id], await MatchingAsync(db, "openai researchers"));
        Assert.Empty(await MatchingAsync(db, "openai xylophone"));
        Assert.Empty(await MatchingAsync(db, "!!!"));
        Assert.Equal([english.Id], await ArticleSearch.RankedAsync(db, "researchers", bound: 10, take: 10, skip: 0, default));
    }

    [Fact]
    public async Task A_changed_title_is_found_by_its_new_words_and_a_deleted_article_is_gone()
    {
        await using var db = await OpenAsync();
        var article = NewArticle("one", "Zebra story", "Nothing else here.", "en");
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        Assert.Equal([article.Id], await MatchingAsync(db, "zebra"));

        article.Title = "Yak story";
        await db.SaveChangesAsync();
        Assert.Empty(await MatchingAsync(db, "zebra"));
        Assert.Equal([article.Id], await MatchingAsync(db, "yak"));

        db.Articles.Remove(article);
        await db.SaveChangesAsync();
        Assert.Empty(await MatchingAsync(db, "yak"));
    }

    [Fact]
    public async Task Merging_the_index_keeps_every_article_findable_and_ends()
    {
        await using var db = await OpenAsync();
        // One save per article: on SQLite each commit adds a segment to the full-text index.
        var articles = new List<Article>();
        for (var i = 0; i < 24; i++)
        {
            var article = NewArticle($"n{i}", $"Researcher {i} joins the lab", $"Story number {i} about researchers and pay.", "en");
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            articles.Add(article);
        }

        var steps = 0;
        while (await SearchIndexMerge.StepAsync(db, default))
        {
            Assert.True(++steps < 100, "the merge ends");
        }

        Assert.Equal(db.Database.IsSqlite(), steps > 0);
        Assert.False(await SearchIndexMerge.StepAsync(db, default));
        Assert.Equal(articles.Select(a => a.Id).Order(), await MatchingAsync(db, "researchers pay"));
        Assert.Equal([articles[7].Id], await MatchingAsync(db, "number 7"));
    }

    private static async Task<List<long>> MatchingAsync(TalentWatchDb db, string words) =>
        [.. (await ArticleSearch.Matching(db, words).ToListAsync()).Order()];

    internal static Article NewArticle(string slug, string title, string text, string language) => new()
    {
        Url = $"https://wire.example/{slug}",
        Title = title,
        Language = language,
        Text = text,
        FetchedAt = DateTime.UtcNow,
        SortAt = DateTime.UtcNow,
    };
}

public sealed class SqliteArticleSearchTests : ArticleSearchTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("talentwatch-search-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    protected override Task<TalentWatchDb> OpenAsync() => MigratedDatabase.OpenAsync(folder);

    /// <summary>
    /// On SQLite, ranked among the newest matches by the title, then the date: every match found, none twice, an article
    /// naming the words in its title before newer ones that only mention them. (PostgreSQL ranks by ts_rank.)
    /// </summary>
    [Fact]
    public async Task A_title_holding_every_word_ranks_before_a_text_that_only_mentions_them()
    {
        await using var db = await OpenAsync();
        var older = ArticleSearchTests.NewArticle("titled", "Zebra researchers hired", "A short note.", "en");
        db.Articles.Add(older);
        await db.SaveChangesAsync();
        var newer = Enumerable.Range(0, 3).Select(i => ArticleSearchTests.NewArticle($"body{i}", $"Story {i}", $"Among other things a zebra and the researchers {i}.", "en")).ToList();
        db.Articles.AddRange(newer);
        await db.SaveChangesAsync();

        var ranked = await ArticleSearch.RankedAsync(db, "zebra researchers", bound: 10, take: 10, skip: 0, default);

        Assert.Equal(older.Id, ranked[0]);
        Assert.Equal(newer.Select(a => a.Id).Append(older.Id).Order(), ranked.Order());
        Assert.Equal([newer[2].Id], await ArticleSearch.RankedAsync(db, "zebra researchers", bound: 1, take: 10, skip: 0, default));
    }
}

[Collection(PostgresCluster.Collection)]
public sealed class PostgresArticleSearchTests(PostgresCluster cluster) : ArticleSearchTests
{
    private readonly string database = cluster.NewDatabase();

    protected override Task<TalentWatchDb> OpenAsync() => MigratedDatabase.OpenPostgresAsync(database);
}
