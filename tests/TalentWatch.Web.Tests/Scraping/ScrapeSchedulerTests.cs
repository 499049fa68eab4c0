using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Scraping;

public class ScrapeSchedulerTests
{
    [Fact]
    public async Task The_scheduler_runs_a_new_source_at_once_and_schedules_the_next_run()
    {
        await using var site = await NewsSite.StartAsync();
        var published = new DateTimeOffset(2024, 4, 4, 10, 30, 0, TimeSpan.Zero);
        site.Page("/a/", SamplePages.Article("Scheduled story about an AI hire", published, [SamplePages.Paragraphs("Scheduled")]));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/a/"), "A", published)));
        var settings = TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null));
        settings["TalentWatch:Scraper:Enabled"] = "true";
        using var app = new TalentWatchApp(settings);
        using var client = app.CreateClient();

        JsonElement source = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            source = (await client.GetFromJsonAsync<JsonElement>("/api/sources")).EnumerateArray().Single();
            if (source.GetProperty("lastRunAt").ValueKind != JsonValueKind.Null)
            {
                break;
            }
            await Task.Delay(200);
        }

        Assert.Equal("ok", source.GetProperty("lastStatus").GetString());
        Assert.Equal(1, source.GetProperty("articles").GetInt32());
        var lastRun = source.GetProperty("lastRunAt").GetDateTime();
        var nextRun = source.GetProperty("nextRunAt").GetDateTime();
        Assert.Equal(30, Math.Round((nextRun - lastRun).TotalMinutes));
    }

    [Fact]
    public async Task Run_now_pressed_during_a_run_is_kept_for_the_next_poll()
    {
        await using var site = await NewsSite.StartAsync();
        var published = new DateTimeOffset(2024, 4, 4, 10, 30, 0, TimeSpan.Zero);
        var release = new TaskCompletionSource();
        var arrived = new TaskCompletionSource();
        site.Route("/feed.xml", async context =>
        {
            arrived.TrySetResult();
            await release.Task;
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(SamplePages.Rss((site.Url("/a/"), "A", published)));
        });
        site.Page("/a/", SamplePages.Article("A story about an AI hire", published, [SamplePages.Paragraphs("Story")]));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        using var session = new Admin.AdminSession(app);
        await session.SignInAsync();
        var id = await app.QueryAsync(db => db.Sources.Where(s => s.Name == "wire").Select(s => s.Id).SingleAsync());

        var run = app.RunSourceAsync("wire");
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using (var pressed = await session.PostFormAsync($"/admin/sources?handler=Run&id={id}", new Dictionary<string, string>(), tokenFrom: "/admin/sources"))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, pressed.StatusCode);
        }
        release.SetResult();
        var finished = await run;

        Assert.Equal(1, finished.ArticlesStored);
        var next = await app.QueryAsync(db => db.Sources.Where(s => s.Id == id).Select(s => s.NextRunAt).SingleAsync());
        Assert.True(next <= finished.FinishedAt, $"next run {next:O} should be due, not scheduled after {finished.FinishedAt:O}");

        // The run after it has no pending request and goes back to the schedule.
        var again = await app.RunSourceAsync("wire");
        var scheduled = await app.QueryAsync(db => db.Sources.Where(s => s.Id == id).Select(s => s.NextRunAt).SingleAsync());
        Assert.Equal(30, Math.Round((scheduled!.Value - again.FinishedAt).TotalMinutes));
    }
}
