using System.Diagnostics;
using TalentWatch.Web.Cli;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Cli;

/// <summary>`backup PATH`: a copy taken while the app scrapes is a working database that the app resumes from.</summary>
public sealed class BackupCommandTests
{
    [Fact]
    public async Task A_backup_taken_while_the_app_scrapes_is_consistent_and_the_app_resumes_from_it()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(200));
        await using var live = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        await using var tool = new AppProcess(new Dictionary<string, string?> { ["ConnectionStrings:TalentWatch"] = $"Data Source={live.DatabasePath}" });
        await using var restored = new AppProcess(HiringNewsSite.Settings(site, scheduled: true));
        var copy = Path.Combine(tool.Folder, "copy.db");
        await live.StartHealthyAsync();
        var clock = Stopwatch.StartNew();
        while (StoredStories.Count(live.DatabasePath) < 3 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, await tool.RunAsync(["backup", copy]));
        Assert.Contains($"to {copy}:", tool.Output, StringComparison.Ordinal);
        Assert.Contains("integrity ok", tool.Output, StringComparison.Ordinal);
        Assert.True(live.IsRunning);
        Assert.InRange(StoredStories.Count(copy), 3, HiringNewsSite.Stories);
        Assert.False(File.Exists(copy + "-wal"));

        File.Copy(copy, restored.DatabasePath);
        await restored.StartHealthyAsync();
        await StoredStories.WaitForAllAsync(restored.DatabasePath);
        await StoredStories.AssertEverythingStoredOnceAsync(restored.DatabasePath);
    }

    [Fact]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        using var app = new TalentWatchApp();
        using (var client = app.CreateClient())
        {
            Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        }
        var existing = Path.Combine(app.Folder, "earlier-backup.db");
        await File.WriteAllTextAsync(existing, "an earlier backup");
        using var output = new StringWriter();
        using var error = new StringWriter();

        // The setting comes before the path on purpose: Key=Value settings are told apart from the verb's arguments.
        var code = await CommandLine.RunAsync(["backup", $"--ConnectionStrings:TalentWatch=Data Source={Path.Combine(app.Folder, "talentwatch.db")}", existing], new CliConsole(TextReader.Null, output, error));

        Assert.Equal(1, code);
        Assert.Equal($"Backup failed: {existing} already exists: name a new file, so no earlier backup is overwritten.", error.ToString().Trim());
        Assert.Equal("an earlier backup", await File.ReadAllTextAsync(existing));
    }
}
