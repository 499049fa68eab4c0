using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Api;

public class ArticlesApiTests
{
    private static async Task SeedAsync(TalentWatchApp app, int count)
    {
        await app.QueryAsync(async db =>
        {
            var source = new Source { Name = "seed", Kind = SourceKind.Rss, Url = "https://seed.example/feed", CreatedAt = DateTime.UtcNow };
            db.Sources.Add(source);
            var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < count; i++)
            {
                // Pairs share a timestamp, so paging must break ties by id.
                var at = start.AddHours(i / 2);
                db.Articles.Add(new Article
                {
                    Source = source,
                    Url = $"https://seed.example/{i}",
                    Title = $"Article {i}",
                    Language = i % 2 == 0 ? "en" : "ar",
                    Text = "text",
                    PublishedAt = at,
                    PublishedOffsetMinutes = 180,
                    SortAt = at,
                    FetchedAt = DateTime.UtcNow,
                    Relevant = i % 3 != 0,
                });
            }
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Keyset_paging_walks_every_article_newest_first_without_repeats()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        await SeedAsync(app, 25);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/articles?limit=7" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(4, pages);
        Assert.Equal(Enumerable.Range(0, 25).Reverse().Select(i => $"Article {i}"), seen);
    }

    [Fact]
    public async Task Published_times_keep_the_outlet_offset_and_filters_narrow_the_list()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        await SeedAsync(app, 4);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/articles?language=ar");
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("ar", i.GetProperty("language").GetString()));
        Assert.Equal("2024-01-01T04:00:00+03:00", items[0].GetProperty("publishedAt").GetString());
        Assert.Equal("seed", items[0].GetProperty("source").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Bad_cursor_is_400_and_unknown_article_is_404_with_a_message()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();

        var badCursor = await client.GetAsync("/api/articles?cursor=not-a-cursor");
        var missing = await client.GetAsync("/api/articles/424242");

        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Contains("cursor", await badCursor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("424242", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_when_the_database_does()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task Relevant_takes_the_words_pages_and_feeds_take_with_every_article_by_default()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();
        await SeedAsync(app, 6);

        async Task<List<string>> TitlesAsync(string query) =>
            [.. (await client.GetFromJsonAsync<JsonElement>("/api/articles" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

        Assert.Equal(["Article 5", "Article 4", "Article 2", "Article 1"], await TitlesAsync("?relevant=true"));
        Assert.Equal(["Article 3", "Article 0"], await TitlesAsync("?relevant=FALSE"));
        Assert.Equal(await TitlesAsync(""), await TitlesAsync("?relevant=all"));
        Assert.Equal(6, (await TitlesAsync("?relevant=all")).Count);
        Assert.Equal(["Article 5", "Article 4"], await TitlesAsync("?relevant=true&limit=2"));
    }
}
