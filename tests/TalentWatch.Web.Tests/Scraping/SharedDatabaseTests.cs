using System.Diagnostics;
using Microsoft.Data.Sqlite;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Scraping;

/// <summary>
/// Several app processes on one database, as behind a load balancer: a source is run by one of them at a time (its
/// claim in the database), so every article page is fetched once; when the holder is killed, another instance takes
/// its sources over once the claim runs out, and not before.
/// </summary>
public sealed class SharedDatabaseTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Two_instances_started_together_fetch_every_article_page_once()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(100));
        await using var first = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        await using var second = new AppProcess(SameDatabase(first, HiringNewsSite.Settings(site, scheduled: true)));

        await Task.WhenAll(first.StartHealthyAsync(), second.StartHealthyAsync());
        await StoredStories.WaitForAllAsync(first.DatabasePath);
        // Both keep polling for a while: a source the other has just run is not due again.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var pages = site.Requests.Where(r => r.StartsWith("/news/", StringComparison.Ordinal)).ToList();
        Assert.Equal(HiringNewsSite.Stories, pages.Count);
        Assert.Equal(HiringNewsSite.Stories, pages.Distinct(StringComparer.Ordinal).Count());
        await StoredStories.AssertEverythingStoredOnceAsync(first.DatabasePath);
        Assert.True(first.IsRunning && second.IsRunning, first.Transcript() + second.Transcript());
    }

    [Fact]
    public async Task A_killed_instances_source_is_taken_over_when_its_claim_runs_out()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(300));
        var settings = HiringNewsSite.Settings(site, scheduled: true);
        settings["TalentWatch:Scraper:LeaseSeconds"] = "4";
        // Two names, as two machines would have: the survivor cannot see whether the other's process is alive.
        await using var holder = new AppProcess(new Dictionary<string, string?>(settings) { ["TalentWatch:Scraper:InstanceName"] = "node-a" });
        await using var other = new AppProcess(SameDatabase(holder, new(settings) { ["TalentWatch:Scraper:InstanceName"] = "node-b" }));

        await holder.StartHealthyAsync();
        await WaitForAsync(() => ArticleRequests(site) >= 3);
        holder.Kill();
        Assert.Equal(137, await holder.WaitForExitAsync());
        var claimRunsOut = ClaimUntil(holder.DatabasePath);
        Assert.NotNull(claimRunsOut);
        var before = ArticleRequests(site);

        await other.StartHealthyAsync();
        await WaitForAsync(() => ArticleRequests(site) > before);
        var takenOverAt = DateTime.UtcNow;
        Assert.True(takenOverAt >= claimRunsOut!.Value.AddMilliseconds(-200),
            $"the other instance fetched at {takenOverAt:O}, before the dead holder's claim ran out at {claimRunsOut:O}");

        await StoredStories.WaitForAllAsync(holder.DatabasePath);
        await StoredStories.AssertEverythingStoredOnceAsync(holder.DatabasePath);
    }

    private static Dictionary<string, string?> SameDatabase(AppProcess first, Dictionary<string, string?> settings) =>
        new(settings) { ["ConnectionStrings:TalentWatch"] = $"Data Source={first.DatabasePath}" };

    private static int ArticleRequests(NewsSite site) => site.Requests.Count(r => r.StartsWith("/news/", StringComparison.Ordinal));

    private static DateTime? ClaimUntil(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT LeaseUntil FROM Sources WHERE LeaseUntil IS NOT NULL";
        return command.ExecuteScalar() is string text
            ? DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc)
            : null;
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
