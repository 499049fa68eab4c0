using System.Net.Http.Json;
using System.Text.Json;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Cli;

/// <summary>`demo` fills a fresh install with the invented sample through the real analysis; `demo --remove` empties it again.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task The_demo_sample_shows_moves_in_both_languages_and_is_removed_without_a_trace()
    {
        await using var app = new AppProcess(new Dictionary<string, string?>
        {
            ["TalentWatch:DefaultSources"] = "false",
            ["TalentWatch:Pages:CacheSeconds"] = "0",
        });
        // The command beside the running app, on its database, as an operator would run it.
        await using var tool = new AppProcess(new Dictionary<string, string?>
        {
            ["TalentWatch:DefaultSources"] = "false",
            ["ConnectionStrings:TalentWatch"] = $"Data Source={app.DatabasePath}",
        });

        Assert.Equal(0, await tool.RunAsync(["demo"]));
        Assert.Contains("Loaded 7 invented demo articles", tool.Output, StringComparison.Ordinal);
        Assert.Equal(0, await tool.RunAsync(["demo"]));
        Assert.Contains("already loaded", tool.Output, StringComparison.Ordinal);
        await app.StartHealthyAsync();
        using var client = app.CreateClient();
        var articles = (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("items").EnumerateArray().ToList();
        var events = (await client.GetFromJsonAsync<JsonElement>("/api/events")).GetProperty("items").EnumerateArray().ToList();
        var sources = await client.GetFromJsonAsync<JsonElement>("/api/sources");
        var timeline = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(7, articles.Count);
        Assert.All(articles, a => Assert.StartsWith("https://demo.talentwatch.invalid/", a.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.All(articles, a => Assert.Matches("^(Demo: |تجريبي: )", a.GetProperty("title").GetString()!));
        Assert.Equal(["ar", "en"], articles.Select(a => a.GetProperty("language").GetString()).Distinct().Order());
        var languages = events.SelectMany(e => e.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("language").GetString())).Distinct().Order();
        Assert.Equal(["ar", "en"], languages);
        var summaries = events.Select(e => e.GetProperty("summary").GetString()).ToList();
        Assert.Contains("Lena Varga left OpenAI for Anthropic", summaries);
        Assert.Contains("سلمى الراشد left Google DeepMind for Mistral AI", summaries);
        Assert.Contains("Tomas Reyes left xAI to found Northwind Robotics", summaries);
        Assert.True(events.Count >= 6, $"{events.Count} events from the sample");
        var demoSource = Assert.Single(sources.EnumerateArray());
        Assert.Equal("TalentWatch demo (invented sample articles)", demoSource.GetProperty("name").GetString());
        Assert.False(demoSource.GetProperty("enabled").GetBoolean());
        Assert.Contains("Demo: ", timeline, StringComparison.Ordinal);

        Assert.Equal(0, await tool.RunAsync(["demo", "--remove"]));
        Assert.Contains("Removed 7 demo articles", tool.Output, StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("items").EnumerateArray());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/events?relevant=all")).GetProperty("items").EnumerateArray());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/sources")).EnumerateArray());
    }
}
