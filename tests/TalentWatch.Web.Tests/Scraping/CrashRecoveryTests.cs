using System.Diagnostics;
using System.Net;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Scraping;

/// <summary>
/// The fault matrix, on the real app as a child process: stopped (SIGTERM), killed (SIGKILL) at several moments of a
/// scrape and of its first migration, capped runs from the command line, and a database that stops taking writes.
/// Whatever happens, once the app runs again every story ends up stored once, every move has its event, no event is
/// doubled, and /healthz tells the truth.
/// </summary>
public sealed class CrashRecoveryTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Sigterm_mid_scrape_exits_cleanly_and_the_next_start_stores_every_story_once()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(250));
        await using var app = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        await app.StartHealthyAsync();
        await WaitForArticleRequestsAsync(site, 4);

        Assert.Equal(0, await app.StopAsync(TimeSpan.FromSeconds(30)));
        Assert.InRange(StoredStories.Count(app.DatabasePath), 1, HiringNewsSite.Stories - 1);

        await app.StartHealthyAsync();
        await StoredStories.WaitForAllAsync(app.DatabasePath);
        await StoredStories.AssertEverythingStoredOnceAsync(app.DatabasePath);
    }

    [Fact]
    public async Task Kills_at_several_moments_of_a_scrape_on_one_database_lose_nothing()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(150));
        await using var app = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        var counts = new List<int>();
        foreach (var moment in new[] { 1, 3, 5, 8, 2 })
        {
            var before = ArticleRequests(site);
            await app.StartHealthyAsync();
            await WaitForArticleRequestsAsync(site, before + moment);
            app.Kill();
            Assert.Equal(137, await app.WaitForExitAsync());
            counts.Add(StoredStories.Count(app.DatabasePath));
        }
        Assert.True(counts[^1] < HiringNewsSite.Stories, $"the kills came after the scrape finished: {string.Join(", ", counts)}");

        await app.StartHealthyAsync();
        await StoredStories.WaitForAllAsync(app.DatabasePath);
        await StoredStories.AssertEverythingStoredOnceAsync(app.DatabasePath);
    }

    [Fact]
    public async Task A_kill_during_the_first_migration_leaves_a_database_the_next_start_opens()
    {
        await using var site = await HiringNewsSite.StartAsync();
        await using var app = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        app.StartWeb();
        await WaitForAsync(() => app.Output.Contains("Applying", StringComparison.Ordinal) || !app.IsRunning, app);
        app.Kill();
        await app.WaitForExitAsync();

        await app.StartHealthyAsync();
        await StoredStories.WaitForAllAsync(app.DatabasePath);

        Assert.Contains("Database ready", app.Output, StringComparison.Ordinal);
        await StoredStories.AssertEverythingStoredOnceAsync(app.DatabasePath);
    }

    [Fact]
    public async Task Capped_scrape_once_runs_fetch_the_whole_feed_and_only_then_read_not_modified()
    {
        await using var site = await HiringNewsSite.StartAsync();
        var settings = HiringNewsSite.Settings(site, scheduled: false);
        settings["TalentWatch:Scraper:MaxArticlesPerRun"] = "2";
        await using var app = new AppProcess(settings);

        for (var run = 1; run <= HiringNewsSite.Stories / 2; run++)
        {
            Assert.Equal(0, await app.RunAsync(["scrape", "--once"], timeout: Bound));
            Assert.Contains($"wire: ok, 2 new, {HiringNewsSite.Stories} seen, 0 failed", app.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("notmodified", app.Output, StringComparison.Ordinal);
        }
        Assert.Equal(0, await app.RunAsync(["scrape", "--once"], timeout: Bound));

        Assert.Contains("wire: notmodified", app.Output, StringComparison.Ordinal);
        await StoredStories.AssertEverythingStoredOnceAsync(app.DatabasePath);
    }

    [Fact]
    public async Task A_database_that_stops_taking_writes_pauses_scraping_fails_healthz_and_loses_nothing()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(200));
        await using var app = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        await app.StartHealthyAsync();
        using var client = app.CreateClient();
        await WaitForAsync(() => StoredStories.Count(app.DatabasePath) >= 3, app);

        int feedReadsWhilePaused;
        await using (Immutable.Make(app.DatabasePath, app.DatabasePath + "-wal"))
        {
            await WaitForAsync(() => app.Output.Contains("Scraping paused until", StringComparison.Ordinal), app);
            using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("does not take writes", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var feedReads = FeedRequests(site);
            await Task.Delay(TimeSpan.FromSeconds(3));
            feedReadsWhilePaused = FeedRequests(site) - feedReads;
        }

        Assert.Equal(0, feedReadsWhilePaused);
        Assert.Contains("Storage error", app.Output, StringComparison.Ordinal);
        await StoredStories.WaitForAllAsync(app.DatabasePath);
        Assert.Contains("The database takes writes again; scraping resumes", app.Output, StringComparison.Ordinal);
        Assert.Equal("ok", await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        await StoredStories.AssertEverythingStoredOnceAsync(app.DatabasePath);
    }

    private static int ArticleRequests(NewsSite site) => site.Requests.Count(r => r.StartsWith("/news/", StringComparison.Ordinal));

    private static int FeedRequests(NewsSite site) => site.Requests.Count(r => r.StartsWith("/feed.xml", StringComparison.Ordinal));

    private static async Task WaitForArticleRequestsAsync(NewsSite site, int count)
    {
        var clock = Stopwatch.StartNew();
        while (ArticleRequests(site) < count)
        {
            Assert.True(clock.Elapsed < Bound, $"only {ArticleRequests(site)} of {count} article requests arrived");
            await Task.Delay(20);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, AppProcess app)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Bound, "condition not met in time\n" + app.Transcript());
            await Task.Delay(50);
        }
    }
}
