using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Storage;

/// <summary>
/// A database that stops taking writes is reported as what it is: /healthz answers 503 with the reason, the run says
/// "Storage error", scraping pauses instead of re-reading feeds every poll, and nothing is lost once writes work again.
/// </summary>
public class StorageFailureTests
{
    [Fact]
    public async Task A_read_only_database_fails_the_run_as_a_storage_error_and_nothing_is_lost_once_it_is_writable()
    {
        await using var site = await HiringNewsSite.StartAsync();
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        using var client = app.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        var database = Path.Combine(app.Folder, "talentwatch.db");

        ScrapeRun failed;
        HttpResponseMessage unhealthy;
        await using (Immutable.Make(database, database + "-wal"))
        {
            failed = await app.RunSourceAsync("wire");
            unhealthy = await client.GetAsync("/healthz");
        }

        Assert.Equal(SourceStatus.Error, failed.Status);
        Assert.StartsWith("Storage error while saving", failed.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Contains("does not take writes", await unhealthy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(app.Services.GetRequiredService<StorageHealth>().IsPaused);
        Assert.Contains("Storage error", app.LogText(), StringComparison.Ordinal);

        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        var resumed = await app.RunSourceAsync("wire");
        Assert.Equal(SourceStatus.Ok, resumed.Status);
        Assert.Equal(HiringNewsSite.Stories, await app.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Connections_opened_while_the_database_refused_writes_do_not_keep_refusing_once_it_is_writable()
    {
        using var app = new TalentWatchApp(TalentWatchApp.Sources());
        using var client = app.CreateClient();
        var database = Path.Combine(app.Folder, "talentwatch.db");

        HttpStatusCode[] during;
        await using (Immutable.Make(database, database + "-wal"))
        {
            // Concurrent probes make the pool open new connections while the file refuses writes.
            during = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ => (await client.GetAsync("/healthz")).StatusCode));
        }
        var after = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ => (await client.GetAsync("/healthz")).StatusCode));

        Assert.All(during, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        Assert.All(after, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task A_deleted_database_file_is_reported_by_healthz_and_pauses_the_scheduler()
    {
        await using var site = await HiringNewsSite.StartAsync();
        var settings = TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null));
        settings["TalentWatch:Scraper:Enabled"] = "true";
        using var app = new TalentWatchApp(settings);
        using var client = app.CreateClient();
        var database = Path.Combine(app.Folder, "talentwatch.db");

        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
        var health = await client.GetAsync("/healthz");
        var paused = await Eventually(() => app.LogText().Contains("Scraping paused", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("application/problem+json", health.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"The database file {database} (ConnectionStrings:TalentWatch) is gone", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(paused, app.LogText());
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (condition())
            {
                return true;
            }
            await Task.Delay(100);
        }
        return condition();
    }
}
