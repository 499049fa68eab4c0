using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Storage;
using TalentWatch.Web.Feeds;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Tests.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Hosting;

/// <summary>
/// Public pages and the API come from the output cache, and a reader still never sees them stale: what this app stores
/// shows at once, what another process writes within TalentWatch:Pages:CacheSeconds.
/// </summary>
public class PageCacheTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_scraped_article_is_on_the_cached_timeline_api_and_feed_at_once()
    {
        var (site, app, client, first) = await OneStoryScrapedAsync();
        await using var _ = site;
        using var __ = app;
        using var ___ = client;
        foreach (var path in new[] { "/", "/api/articles", "/feed.rss" })
        {
            Assert.Contains(first.Title, await client.GetStringAsync(new Uri(path, UriKind.Relative)), StringComparison.Ordinal);
        }
        using (var again = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.True(again.Headers.Age.HasValue, "the second request of / is answered from the cache");
        }

        var second = Story(site, "/second/", "Tomas Lind leaves Google DeepMind for Mistral AI", Monday.AddDays(1));
        site.Page("/feed.xml", SamplePages.Rss(first, second));
        await app.RunSourceAsync("wire");

        using var timeline = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.False(timeline.Headers.Age.HasValue, "the store made the cached page unusable");
        Assert.Contains(second.Title, await timeline.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(second.Title, await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains(second.Title, await client.GetStringAsync(new Uri("/feed.rss", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_asking_for_many_feeds_at_once_are_rendered_a_cores_worth_at_a_time()
    {
        var (site, app, client, first) = await OneStoryScrapedAsync();
        await using var _ = site;
        using var __ = app;
        using var ___ = client;
        var feeds = app.Services.GetRequiredService<FeedEndpoint>();
        var before = feeds.Renders;

        // Every reader asks for a feed of its own (a different filter), so none can share another's render.
        var bodies = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => client.GetStringAsync(new Uri($"/feed.atom?since=2020-01-{i + 1:00}", UriKind.Relative))));

        Assert.All(bodies, body => Assert.Contains(first.Title, body, StringComparison.Ordinal));
        Assert.Equal(24, feeds.Renders - before);
        Assert.InRange(feeds.PeakRenders, 1, Environment.ProcessorCount);
    }

    [Fact]
    public async Task Readers_asking_for_one_feed_at_once_share_one_render()
    {
        var (site, app, client, first) = await OneStoryScrapedAsync();
        await using var _ = site;
        using var __ = app;
        using var ___ = client;
        var feeds = app.Services.GetRequiredService<FeedEndpoint>();
        var before = feeds.Renders;

        var bodies = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => client.GetStringAsync(new Uri("/feed.atom", UriKind.Relative))));

        Assert.Single(bodies.Distinct(StringComparer.Ordinal));
        Assert.Contains(first.Title, bodies[0], StringComparison.Ordinal);
        Assert.Equal(1, feeds.Renders - before);
    }

    [Fact]
    public async Task An_article_another_process_stored_shows_within_the_cache_bound()
    {
        const int bound = 4;
        using var app = new TalentWatchApp(new() { [PageCacheSetup.SettingKey] = bound.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var client = app.CreateClient();
        Assert.DoesNotContain("Written by the command line", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        var rendered = Stopwatch.StartNew(); // the entry is stored as the response completes: its lifetime starts about now

        // As `scrape --once` or a second instance would: its own connection, unseen by this app's caches.
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchSqlite($"Data Source={Path.Combine(app.Folder, "talentwatch.db")};Pooling=False");
        await using (var db = new TalentWatchDb(options.Options))
        {
            db.Articles.Add(new Article
            {
                Url = "https://news.example/cli-story",
                Title = "Written by the command line",
                Language = "en",
                Text = "A story stored by another process.",
                FetchedAt = Monday.UtcDateTime,
                SortAt = Monday.UtcDateTime,
            });
            await db.SaveChangesAsync();
        }
        using (var cached = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            if (rendered.Elapsed < TimeSpan.FromSeconds(bound - 1))
            {
                Assert.True(cached.Headers.Age.HasValue);
                Assert.DoesNotContain("Written by the command line", await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(bound) - rendered.Elapsed + TimeSpan.FromMilliseconds(500));
        Assert.Contains("Written by the command line", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_language_has_its_own_cached_page_and_a_signed_in_reader_none()
    {
        using var app = new TalentWatchApp();
        using var anonymous = app.CreateClient();
        Assert.Contains("lang=\"en\"", await anonymous.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        using var arabic = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        arabic.Headers.AcceptLanguage.ParseAdd("ar");
        using var arabicPage = await anonymous.SendAsync(arabic);
        Assert.Contains("lang=\"ar\"", await arabicPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var session = new AdminSession(app);
        await session.CreateAdminAsync();
        (await session.LoginAsync()).Dispose();
        for (var i = 0; i < 2; i++)
        {
            using var page = await session.Client.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.False(page.Headers.Age.HasValue, "a signed-in reader's page is rendered for them");
        }
    }

    /// <summary>A local site whose feed lists one story, and an app that has scraped it.</summary>
    private static async Task<(NewsSite Site, TalentWatchApp App, HttpClient Client, (Uri Link, string Title, DateTimeOffset Published) First)> OneStoryScrapedAsync()
    {
        var site = await NewsSite.StartAsync();
        var first = Story(site, "/first/", "Priya Raman joins Anthropic from OpenAI", Monday);
        site.Page("/feed.xml", SamplePages.Rss(first));
        var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        var client = app.CreateClient();
        await app.RunSourceAsync("wire");
        return (site, app, client, first);
    }

    private static (Uri Link, string Title, DateTimeOffset Published) Story(NewsSite site, string path, string title, DateTimeOffset published)
    {
        site.Page(path, SamplePages.Article(title, published, [title + ", the company said on Monday.", "The move follows months of talks."]));
        return (site.Url(path), title, published);
    }
}
