using System.Net.Http.Json;
using System.Text.Json;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Hosting;

/// <summary>
/// A bad source is skipped with one line naming its key and value while the others load; two entries for one address
/// are one source with a warning naming both keys, on a new database and on an existing one.
/// </summary>
public class ConfiguredSourcesTests
{
    // Port 9 (discard): nothing is fetched, the scheduler is off; only the address matters here.
    private const string Feed = "http://127.0.0.1:9/feed";

    private static Dictionary<string, string?> Source(int index, string name, string url, string? interval = null) => new()
    {
        [$"TalentWatch:Sources:{index}:Name"] = name,
        [$"TalentWatch:Sources:{index}:Kind"] = "rss",
        [$"TalentWatch:Sources:{index}:Url"] = url,
        [$"TalentWatch:Sources:{index}:IntervalMinutes"] = interval,
    };

    private static Dictionary<string, string?> Merge(params Dictionary<string, string?>[] parts) =>
        parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value);

    private static async Task<List<(string Name, string Url, int Interval)>> SourcesAsync(AppProcess app)
    {
        using var client = app.CreateClient();
        var sources = await client.GetFromJsonAsync<JsonElement>("/api/sources");
        return [.. sources.EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString()!, s.GetProperty("url").GetString()!, s.GetProperty("intervalMinutes").GetInt32()))
            .OrderBy(s => s.Item1, StringComparer.Ordinal)];
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [Fact]
    public async Task A_bad_interval_skips_just_that_source_with_one_line_naming_it()
    {
        await using var app = new AppProcess(Merge(
            Source(0, "Good", "http://127.0.0.1:9/good", "15"),
            Source(1, "Often", "http://127.0.0.1:9/often", "often"),
            Source(2, "Negative", "http://127.0.0.1:9/negative", "-5"),
            Source(3, "Zero", "http://127.0.0.1:9/zero", "0"),
            Source(4, "Default", "http://127.0.0.1:9/default")));

        await app.StartHealthyAsync();

        Assert.Equal([("Default", "http://127.0.0.1:9/default", 30), ("Good", "http://127.0.0.1:9/good", 15)], await SourcesAsync(app));
        foreach (var (index, value) in new[] { (1, "often"), (2, "-5"), (3, "0") })
        {
            var line = $"Configuration error: TalentWatch:Sources:{index}:IntervalMinutes = \"{value}\" is not a whole number of minutes from 1 to 10080; that source is skipped.";
            Assert.Equal(1, Count(app.Output, line));
        }
        Assert.Equal(0, await app.StopAsync());
        ConfigurationCheckTests.AssertNoStackTrace(app);
    }

    [Fact]
    public async Task Addresses_that_normalise_to_one_are_one_source_on_a_new_database()
    {
        await using var app = new AppProcess(Merge(
            Source(0, "First", Feed),
            Source(1, "Short form", "http://127.1:9/feed"),
            Source(2, "Dots and fragment", "http://127.0.0.1:9/Feed/../feed#top")));

        await app.StartHealthyAsync();

        Assert.Equal([("First", Feed, 30)], await SourcesAsync(app));
        Assert.Equal(1, Count(app.Output,
            $"Configuration warning: TalentWatch:Sources:1:Url = \"http://127.1:9/feed\" is the same address as TalentWatch:Sources:0:Url ({Feed}); this later entry is ignored, one source is kept."));
        Assert.Equal(1, Count(app.Output,
            $"Configuration warning: TalentWatch:Sources:2:Url = \"http://127.0.0.1:9/Feed/../feed#top\" is the same address as TalentWatch:Sources:0:Url ({Feed}); this later entry is ignored, one source is kept."));
        Assert.Equal(0, await app.StopAsync());
        ConfigurationCheckTests.AssertNoStackTrace(app);
    }

    [Fact]
    public async Task A_second_entry_for_a_stored_source_neither_crashes_nor_renames_it()
    {
        await using var app = new AppProcess(Source(0, "First", Feed));
        await app.StartHealthyAsync();
        Assert.Equal([("First", Feed, 30)], await SourcesAsync(app));

        foreach (var (key, value) in Source(1, "Second", "http://127.1:9/feed#latest", "60"))
        {
            app.Settings[key] = value;
        }
        await app.RestartHealthyAsync();

        Assert.Equal([("First", Feed, 30)], await SourcesAsync(app));
        Assert.Contains("Configuration warning: TalentWatch:Sources:1:Url = \"http://127.1:9/feed#latest\" is the same address as TalentWatch:Sources:0:Url", app.Output, StringComparison.Ordinal);
        Assert.Equal(0, await app.StopAsync());
    }

    [Fact]
    public async Task The_cli_reads_sources_the_same_way()
    {
        await using var app = new AppProcess(Merge(
            Source(0, "First", Feed),
            Source(1, "Short form", "http://127.1:9/feed"),
            Source(2, "Often", "http://127.0.0.1:9/often", "often")));

        var code = await app.RunAsync(["reprocess"]);

        // The CLI logs to stderr, keeping stdout for its own output.
        Assert.Equal(0, code);
        Assert.Contains("Configuration warning: TalentWatch:Sources:1:Url = \"http://127.1:9/feed\" is the same address as TalentWatch:Sources:0:Url", app.Errors, StringComparison.Ordinal);
        Assert.Contains("Configuration error: TalentWatch:Sources:2:IntervalMinutes = \"often\"", app.Errors, StringComparison.Ordinal);
        ConfigurationCheckTests.AssertNoStackTrace(app);
    }
}
