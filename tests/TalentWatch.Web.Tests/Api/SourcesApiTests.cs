using System.Net.Http.Json;
using System.Text.Json;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Api;

public class SourcesApiTests
{
    [Fact]
    public async Task Configured_sources_are_listed_before_their_first_run_and_upserted_by_url()
    {
        var settings = TalentWatchApp.Sources(("Wire", "rss", new Uri("https://wire.example/feed.xml"), null), ("Gulf", "html", new Uri("https://gulf.example/"), "a.story"));
        settings["TalentWatch:Sources:1:IntervalMinutes"] = "15";
        using var app = new TalentWatchApp(settings);
        using var client = app.CreateClient();

        var sources = (await client.GetFromJsonAsync<JsonElement>("/api/sources")).EnumerateArray().ToList();

        Assert.Equal(["Gulf", "Wire"], sources.Select(s => s.GetProperty("name").GetString()));
        var gulf = sources[0];
        Assert.Equal("html", gulf.GetProperty("kind").GetString());
        Assert.Equal("https://gulf.example/", gulf.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, gulf.GetProperty("lastRunAt").ValueKind);
        Assert.Equal(0, gulf.GetProperty("articles").GetInt32());
        Assert.Equal(15, gulf.GetProperty("intervalMinutes").GetInt32());
        Assert.Equal(30, sources[1].GetProperty("intervalMinutes").GetInt32());
    }

    [Fact]
    public async Task With_nothing_configured_a_new_install_gets_curated_english_and_arabic_sources()
    {
        using var app = new TalentWatchApp();
        using var client = app.CreateClient();

        var sources = (await client.GetFromJsonAsync<JsonElement>("/api/sources")).EnumerateArray().ToList();

        Assert.True(sources.Count >= 8);
        Assert.Contains(sources, s => s.GetProperty("name").GetString()!.Any(c => c is >= '\u0600' and <= '\u06FF'));
        Assert.All(sources, s => Assert.StartsWith("https://", s.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_default_sources_turned_off_a_new_install_starts_empty()
    {
        using var app = new TalentWatchApp(new() { ["TalentWatch:DefaultSources"] = "false" });
        using var client = app.CreateClient();

        var sources = await client.GetFromJsonAsync<JsonElement>("/api/sources");

        Assert.Equal(0, sources.GetArrayLength());
    }

    [Fact]
    public async Task A_misconfigured_source_is_skipped_with_a_log_line_and_the_rest_load()
    {
        var settings = TalentWatchApp.Sources(("Bad", "podcast", new Uri("https://bad.example/"), null), ("Good", "atom", new Uri("https://good.example/atom"), null));
        using var app = new TalentWatchApp(settings);
        using var client = app.CreateClient();

        var sources = (await client.GetFromJsonAsync<JsonElement>("/api/sources")).EnumerateArray().ToList();

        Assert.Equal(["Good"], sources.Select(s => s.GetProperty("name").GetString()));
        Assert.Contains("podcast", app.LogText(), StringComparison.Ordinal);
    }
}
