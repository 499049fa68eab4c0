using System.Net.Http.Json;
using System.Text.Json;
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
}
