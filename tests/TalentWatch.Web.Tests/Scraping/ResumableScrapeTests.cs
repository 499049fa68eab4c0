using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Events;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Scraping;

/// <summary>
/// A run cut short (the per-run cap, a failed article) is finished by the next one: the feed's validators are kept
/// only once every item it listed is stored, so an unchanged feed is never answered with 304 while stories are missing.
/// </summary>
public class ResumableScrapeTests
{
    [Fact]
    public async Task A_capped_run_leaves_the_rest_for_the_next_run_and_never_reads_not_modified_while_stories_are_missing()
    {
        await using var site = await HiringNewsSite.StartAsync();
        var settings = TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null));
        settings["TalentWatch:Scraper:MaxArticlesPerRun"] = "2";
        using var app = new TalentWatchApp(settings);

        for (var run = 1; run <= HiringNewsSite.Stories / 2; run++)
        {
            var outcome = await app.RunSourceAsync("wire");

            Assert.Equal(SourceStatus.Ok, outcome.Status);
            Assert.Equal(2, outcome.ArticlesStored);
            Assert.Equal(HiringNewsSite.Stories - 2 * run, outcome.ItemsLeft);
            Assert.Equal(HiringNewsSite.Stories, outcome.ItemsSeen);
            var source = await app.QueryAsync(db => db.Sources.SingleAsync());
            if (outcome.ItemsLeft > 0)
            {
                Assert.Null(source.ETag);
                Assert.Equal(TimeSpan.FromMinutes(1), source.NextRunAt - source.LastRunAt);
            }
        }

        Assert.Equal(HiringNewsSite.Stories, await app.QueryAsync(db => db.Articles.CountAsync()));
        var afterAll = await app.RunSourceAsync("wire");
        Assert.Equal(SourceStatus.NotModified, afterAll.Status);
    }

    [Fact]
    public async Task A_story_that_failed_is_fetched_by_the_next_run_although_the_feed_did_not_change()
    {
        await using var site = await HiringNewsSite.StartAsync();
        var failing = HiringNewsSite.StoryPath(3);
        var healthy = site.Url(failing);
        var broken = true;
        var page = await new HttpClient().GetStringAsync(healthy);
        site.Route(failing, context =>
        {
            if (broken)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Task.CompletedTask;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(page);
        });
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));

        var first = await app.RunSourceAsync("wire");
        broken = false;
        var second = await app.RunSourceAsync("wire");

        Assert.Equal(SourceStatus.Partial, first.Status);
        Assert.Equal(HiringNewsSite.Stories - 1, first.ArticlesStored);
        Assert.Equal(SourceStatus.Ok, second.Status);
        Assert.Equal(1, second.ArticlesStored);
        Assert.Equal(HiringNewsSite.Stories, await app.QueryAsync(db => db.Articles.CountAsync()));
        Assert.Equal(SourceStatus.NotModified, (await app.RunSourceAsync("wire")).Status);
    }

    [Fact]
    public async Task Two_runs_reporting_the_same_moves_at_the_same_time_make_one_event_per_move()
    {
        await using var site = await HiringNewsSite.StartAsync();
        HiringNewsSite.Feed(site, "/first.xml", Enumerable.Range(0, HiringNewsSite.Hires));
        HiringNewsSite.Feed(site, "/second.xml", Enumerable.Range(HiringNewsSite.Hires, HiringNewsSite.Hires));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("first", "rss", site.Url("/first.xml"), null), ("second", "rss", site.Url("/second.xml"), null)));

        await Task.WhenAll(Task.Run(() => app.RunSourceAsync("first")), Task.Run(() => app.RunSourceAsync("second")));

        var events = await app.QueryAsync(db => db.Events.Select(e => new { e.Id, Reports = e.Moves.Count }).ToListAsync());
        Assert.Equal(HiringNewsSite.Hires, events.Count);
        Assert.All(events, e => Assert.Equal(2, e.Reports));
        Assert.Equal(0, await app.QueryAsync(db => db.Moves.Where(m => m.EventId == null).Where(EventLinker.HasKeyExpression).CountAsync()));
    }
}
