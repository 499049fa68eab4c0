using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Tests.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Scraping;

/// <summary>
/// Several app processes on one database, as behind a load balancer: a source is run by one of them at a time (its
/// claim in the database), so every article page is fetched once; when the holder is killed, another instance takes
/// its sources over once the claim runs out, and not before.
/// </summary>
public abstract class SharedDatabaseTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    /// <summary>The database both processes use (the first process's folder holds a SQLite file).</summary>
    protected abstract AppDatabase Database(AppProcess first);

    [Fact]
    public async Task Two_instances_started_together_fetch_every_article_page_once()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(100));
        await using var first = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        var database = Database(first);
        Configure(first, database);
        await using var second = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        Configure(second, database);

        await Task.WhenAll(first.StartHealthyAsync(), second.StartHealthyAsync());
        await StoredStories.WaitForAllAsync(database);
        // Both keep polling for a while: a source the other has just run is not due again.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var pages = site.Requests.Where(r => r.StartsWith("/news/", StringComparison.Ordinal)).ToList();
        Assert.Equal(HiringNewsSite.Stories, pages.Count);
        Assert.Equal(HiringNewsSite.Stories, pages.Distinct(StringComparer.Ordinal).Count());
        await StoredStories.AssertEverythingStoredOnceAsync(database);
        Assert.True(first.IsRunning && second.IsRunning, first.Transcript() + second.Transcript());
    }

    [Fact]
    public async Task Stories_two_sources_list_are_fetched_once_by_two_instances_running_one_source_each()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(100));
        HiringNewsSite.Feed(site, "/also.xml", Enumerable.Range(0, HiringNewsSite.Stories));
        var settings = HiringNewsSite.Settings(site, scheduled: true);
        settings["TalentWatch:Sources:1:Name"] = "also";
        settings["TalentWatch:Sources:1:Kind"] = "rss";
        settings["TalentWatch:Sources:1:Url"] = site.Url("/also.xml").AbsoluteUri;
        await using var first = new AppProcess(settings);
        var database = Database(first);
        Configure(first, database);
        await using var second = new AppProcess(settings);
        Configure(second, database);

        await Task.WhenAll(first.StartHealthyAsync(), second.StartHealthyAsync());
        await StoredStories.WaitForAllAsync(database);
        await Task.Delay(TimeSpan.FromSeconds(3));

        var pages = site.Requests.Where(r => r.StartsWith("/news/", StringComparison.Ordinal)).ToList();
        Assert.Equal(HiringNewsSite.Stories, pages.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(HiringNewsSite.Stories, pages.Count);
        await StoredStories.AssertEverythingStoredOnceAsync(database);
        await using var db = database.Open();
        Assert.Equal(0, await db.ArticleClaims.CountAsync());
    }

    [Fact]
    public async Task A_killed_instances_source_is_taken_over_when_its_claim_runs_out()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(300));
        var settings = HiringNewsSite.Settings(site, scheduled: true);
        settings["TalentWatch:Scraper:LeaseSeconds"] = "4";
        // Two names, as two machines would have: the survivor cannot see whether the other's process is alive.
        await using var holder = new AppProcess(new Dictionary<string, string?>(settings) { ["TalentWatch:Scraper:InstanceName"] = "node-a" });
        await using var other = new AppProcess(new Dictionary<string, string?>(settings) { ["TalentWatch:Scraper:InstanceName"] = "node-b" });
        var database = Database(holder);
        Configure(holder, database);
        Configure(other, database);

        await holder.StartHealthyAsync();
        await WaitForAsync(() => ArticleRequests(site) >= 3);
        holder.Kill();
        Assert.Equal(137, await holder.WaitForExitAsync());
        var claimRunsOut = await ClaimUntilAsync(database);
        Assert.NotNull(claimRunsOut);
        var before = ArticleRequests(site);

        await other.StartHealthyAsync();
        await WaitForAsync(() => ArticleRequests(site) > before);
        var takenOverAt = DateTime.UtcNow;
        Assert.True(takenOverAt >= claimRunsOut!.Value.AddMilliseconds(-200),
            $"the other instance fetched at {takenOverAt:O}, before the dead holder's claim ran out at {claimRunsOut:O}");

        await StoredStories.WaitForAllAsync(database);
        await StoredStories.AssertEverythingStoredOnceAsync(database);
    }

    private static void Configure(AppProcess app, AppDatabase database)
    {
        foreach (var (key, value) in database.Settings())
        {
            app.Settings[key] = value;
        }
    }

    private static int ArticleRequests(NewsSite site) => site.Requests.Count(r => r.StartsWith("/news/", StringComparison.Ordinal));

    private static async Task<DateTime?> ClaimUntilAsync(AppDatabase database)
    {
        await using var db = database.Open();
        return await db.Sources.Where(s => s.LeaseUntil != null).Select(s => s.LeaseUntil).SingleOrDefaultAsync();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Bound, "timed out");
            await Task.Delay(20);
        }
    }
}

public sealed class SqliteSharedDatabaseTests : SharedDatabaseTests
{
    protected override AppDatabase Database(AppProcess first) => AppDatabase.SqliteFile(first.DatabasePath);
}

[Collection(PostgresCluster.Collection)]
public sealed class PostgresSharedDatabaseTests(PostgresCluster cluster) : SharedDatabaseTests
{
    protected override AppDatabase Database(AppProcess first) => new(TalentWatch.Storage.DatabaseProvider.Postgres, cluster.NewDatabase());
}
