using System.Net;
using System.Text.Json;
using TalentWatch.Storage;
using TalentWatch.Tests.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Storage;

/// <summary>
/// The app as an operator runs it on PostgreSQL (a real server, the app as a process): it creates and migrates the
/// database, scrapes a local news site, and every public surface (timeline, company and person pages, search, feeds,
/// the JSON API, the health check) reads what it stored.
/// </summary>
[Collection(PostgresCluster.Collection)]
public sealed class PostgresAppTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_scrape_on_postgres_shows_on_every_public_surface()
    {
        await using var site = await HiringNewsSite.StartAsync();
        await using var app = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        var database = await StartScrapedAsync(app);
        await StoredStories.AssertEverythingStoredOnceAsync(database);
        Assert.Contains("PostgreSQL database", app.Output, StringComparison.Ordinal);

        using var client = app.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        Assert.Contains("Jan Leike", await client.GetStringAsync("/"), StringComparison.Ordinal);
        var company = await client.GetStringAsync("/companies/anthropic");
        Assert.Contains("John Schulman", company, StringComparison.Ordinal);
        Assert.DoesNotContain("Lucas Beyer", company, StringComparison.Ordinal);
        Assert.Contains("Anthropic", await client.GetStringAsync("/people/jan-leike"), StringComparison.Ordinal);
        var search = await client.GetStringAsync("/search?q=confirms+Schulman");
        Assert.Contains("Anthropic confirms it hired John Schulman", search, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan Leike joins", search, StringComparison.Ordinal);
        Assert.Contains("Meta confirms it hired Lucas Beyer", await client.GetStringAsync("/companies/meta/feed.rss"), StringComparison.Ordinal);
        Assert.Contains("Lucas Beyer", await client.GetStringAsync("/?q=beyer"), StringComparison.Ordinal);

        using var articles = JsonDocument.Parse(await client.GetStringAsync("/api/articles?limit=100"));
        var urls = articles.RootElement.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("url").GetString()).ToHashSet();
        Assert.Equal(HiringNewsSite.Stories, urls.Count);
        Assert.All(Enumerable.Range(0, HiringNewsSite.Stories), i => Assert.Contains(site.Url(HiringNewsSite.StoryPath(i)).AbsoluteUri, urls));
    }

    [Fact]
    public async Task While_the_server_is_down_readers_are_told_so_and_after_it_returns_everything_is_there()
    {
        await using var site = await HiringNewsSite.StartAsync();
        await using var app = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        var database = await StartScrapedAsync(app);
        using var client = app.CreateClient();
        Assert.Contains("Jan Leike", await client.GetStringAsync("/"), StringComparison.Ordinal);

        await cluster.StopAsync();
        try
        {
            var health = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("does not take writes", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var page = await client.GetAsync("/people/john-schulman");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("The database is unavailable", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var api = await client.GetAsync("/api/events?limit=5");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            // What was read before is still served from the page cache.
            Assert.Contains("Jan Leike", await client.GetStringAsync("/"), StringComparison.Ordinal);
        }
        finally
        {
            await cluster.StartAsync();
        }

        await app.WaitHealthyAsync();
        Assert.Contains("John Schulman", await client.GetStringAsync("/people/john-schulman"), StringComparison.Ordinal);
        await StoredStories.AssertEverythingStoredOnceAsync(database);
        Assert.True(app.IsRunning);
    }

    [Fact]
    public async Task What_one_instance_stores_shows_at_once_in_another_instances_cached_pages_and_feeds()
    {
        await using var site = await HiringNewsSite.StartAsync();
        var database = new AppDatabase(DatabaseProvider.Postgres, cluster.NewDatabase());
        // A reader instance that caches for ten minutes, and has cached the empty timeline and feed.
        await using var reader = new AppProcess(database.Settings());
        reader.Settings["TalentWatch:Pages:CacheSeconds"] = "600";
        reader.Settings["TalentWatch:Feeds:CacheSeconds"] = "600";
        await reader.StartHealthyAsync();
        using var client = reader.CreateClient();
        Assert.DoesNotContain("Jan Leike", await client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("Jan Leike", await client.GetStringAsync("/feed.rss"), StringComparison.Ordinal);

        await using var scraper = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        foreach (var (key, value) in database.Settings())
        {
            scraper.Settings[key] = value;
        }
        await scraper.StartHealthyAsync();
        await StoredStories.WaitForAllAsync(database);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(await client.GetStringAsync("/")).Contains("Jan Leike", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "the reader still serves its cached timeline without the scraper's stories");
            await Task.Delay(100);
        }
        Assert.Contains("Jan Leike", await client.GetStringAsync("/feed.rss"), StringComparison.Ordinal);
    }

    /// <summary>Starts the app on a new PostgreSQL database and waits until it has stored the site's stories.</summary>
    private async Task<AppDatabase> StartScrapedAsync(AppProcess app)
    {
        var database = new AppDatabase(DatabaseProvider.Postgres, cluster.NewDatabase());
        foreach (var (key, value) in database.Settings())
        {
            app.Settings[key] = value;
        }
        await app.StartHealthyAsync();
        await StoredStories.WaitForAllAsync(database);
        return database;
    }
}
